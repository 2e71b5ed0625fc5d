using System.Text.Json;
using OpenChannels.Abstractions.Inbound;
using OpenChannels.Plugins.Meta;

namespace OpenChannels.Plugins.Facebook;

/// <summary>Maps one item of <c>GET /{post-id}/comments</c> to <see cref="CommentReceived"/> with verb <c>add</c>.</summary>
internal static class GraphCommentMapper
{
    public static CommentReceived? ToEvent(JsonElement comment, string postId, DateTimeOffset fallbackDate) => comment.Str("id") is { } id
        ? new CommentReceived(postId, id, CommentAuthor.From(comment.Child("from")), comment.Str("message"), comment.GraphTime("created_time") ?? fallbackDate, "add")
        {
            ParentId = comment.IdOf("parent") ?? postId,
            Permalink = comment.Str("permalink_url"),
        }
        : null;
}
