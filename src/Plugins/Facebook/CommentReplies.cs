using System.Text.Json.Nodes;
using OpenChannels.Abstractions.Outbound;
using OpenChannels.Plugins.Meta;

namespace OpenChannels.Plugins.Facebook;

/// <summary>
/// Answers a Page comment: in public with <c>POST /{comment-id}/comments</c>, or privately in Messenger with a Send API
/// private reply addressed to <c>recipient.comment_id</c> (Meta allows one, within 7 days of the comment).
/// </summary>
internal static class CommentReplies
{
    public static async Task<SendResult> ReplyAsync(GraphApi graph, CommentReply reply, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reply.CommentId) || string.IsNullOrWhiteSpace(reply.Text))
        {
            return SendResult.Failed("A comment reply needs a comment id and some text");
        }

        if (reply.Private)
        {
            var body = new JsonObject
            {
                ["recipient"] = new JsonObject { ["comment_id"] = reply.CommentId },
                ["message"] = new JsonObject { ["text"] = reply.Text },
            };
            return MessengerSendApi.ToResult(await graph.PostJsonAsync("me/messages", body, cancellationToken).ConfigureAwait(false));
        }

        using var form = new FormUrlEncodedContent([new("message", reply.Text)]);
        var response = await graph.PostAsync($"{Uri.EscapeDataString(reply.CommentId)}/comments", form, [], cancellationToken).ConfigureAwait(false);
        return response.Failure ?? (response.Body.Str("id") is { } id
            ? SendResult.Sent(id)
            : SendResult.Failed("Meta accepted the comment but returned no id"));
    }
}
