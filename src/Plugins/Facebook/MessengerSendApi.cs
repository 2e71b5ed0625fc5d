using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using OpenChannels.Abstractions.Outbound;
using OpenChannels.Plugins.Meta;

namespace OpenChannels.Plugins.Facebook;

/// <summary>
/// One Send API call to <c>/me/messages</c>. A file with a <see cref="OutboundAttachment.PublicUrl"/> is sent by URL (Meta
/// fetches it); otherwise its bytes are uploaded in the same call as multipart <c>filedata</c>.
/// </summary>
internal sealed class MessengerSendApi(GraphApi graph, long maxFileBytes)
{
    /// <summary>Messenger's limit for uploaded attachments.</summary>
    public const long MaxUploadBytes = 25 * 1024 * 1024;

    public async Task<SendResult> SendPartAsync(string psid, WindowDecision window, OutboundPart part, CancellationToken cancellationToken)
    {
        var recipient = new JsonObject { ["id"] = psid };
        if (part.Attachment is { PublicUrl: null } file)
        {
            return await UploadAsync(recipient, window, part, file, cancellationToken).ConfigureAwait(false);
        }

        var body = SendApiPayload.Envelope(recipient, window, SendApiPayload.Message(part, part.Attachment?.PublicUrl), alwaysSendMessagingType: true);
        return ToResult(await graph.PostJsonAsync("me/messages", body, cancellationToken).ConfigureAwait(false));
    }

    private async Task<SendResult> UploadAsync(JsonObject recipient, WindowDecision window, OutboundPart part, OutboundAttachment file, CancellationToken cancellationToken)
    {
        var limit = Math.Min(maxFileBytes, MaxUploadBytes);
        if (file.Content.Length == 0 || file.Content.Length > limit)
        {
            return SendResult.Failed($"The file {file.FileName} is {file.Content.Length} bytes; Messenger accepts files from 1 byte up to {limit} bytes");
        }

        using var form = new MultipartFormDataContent
        {
            { new StringContent(recipient.ToJsonString()), "recipient" },
            { new StringContent(window.MessagingType), "messaging_type" },
        };
        if (window.Tag is { } tag)
        {
            form.Add(new StringContent(tag), "tag");
        }

        form.Add(new StringContent(SendApiPayload.Message(part, null).ToJsonString()), "message");
        var bytes = new ReadOnlyMemoryContent(file.Content);
        bytes.Headers.ContentType = MediaTypeHeaderValue.TryParse(file.ContentType, out var type) ? type : new MediaTypeHeaderValue("application/octet-stream");
        form.Add(bytes, "filedata", file.FileName);
        return ToResult(await graph.PostAsync("me/messages", form, [], cancellationToken).ConfigureAwait(false));
    }

    /// <summary>The Send API answers <c>{"recipient_id","message_id"}</c>.</summary>
    public static SendResult ToResult(GraphResponse response) =>
        response.Failure ?? (response.Body.Str("message_id") is { } id
            ? SendResult.Sent(id)
            : SendResult.Failed("Meta accepted the request but returned no message_id"));
}
