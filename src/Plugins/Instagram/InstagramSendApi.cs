using System.Text.Json.Nodes;
using OpenChannels.Abstractions.Outbound;
using OpenChannels.Plugins.Meta;

namespace OpenChannels.Plugins.Instagram;

/// <summary>
/// One call to <c>POST /{ig-user-id}/messages</c>. Instagram fetches files by URL only, so an attachment needs the portal's
/// <see cref="OutboundAttachment.PublicUrl"/>.
/// </summary>
internal sealed class InstagramSendApi(GraphApi graph, string igUserId)
{
    public async Task<SendResult> SendPartAsync(string igsid, WindowDecision window, OutboundPart part, CancellationToken cancellationToken)
    {
        if (part.Attachment is { PublicUrl: null } file)
        {
            return SendResult.Failed($"Instagram only accepts files by public URL, and the portal gave none for {file.FileName}");
        }

        var recipient = new JsonObject { ["id"] = igsid };
        var body = SendApiPayload.Envelope(recipient, window, SendApiPayload.Message(part, part.Attachment?.PublicUrl), alwaysSendMessagingType: false);
        var response = await graph.PostJsonAsync($"{Uri.EscapeDataString(igUserId)}/messages", body, cancellationToken).ConfigureAwait(false);
        return response.Failure ?? (response.Body.Str("message_id") is { } id
            ? SendResult.Sent(id)
            : SendResult.Failed("Instagram accepted the request but returned no message_id"));
    }
}
