using System.Text.Json;
using OpenChannels.Abstractions.Inbound;
using OpenChannels.Plugins.Meta;

namespace OpenChannels.Plugins.Facebook;

/// <summary>Maps a Page <c>feed</c> webhook change about a comment (add, edited, remove) to <see cref="CommentReceived"/>.</summary>
internal static class FeedChangeMapper
{
    private static readonly HashSet<string> Verbs = new(StringComparer.Ordinal) { "add", "edited", "remove" };

    public static void Map(JsonElement change, string entryId, DateTimeOffset receivedAt, InboundBatch batch)
    {
        // Other feed items (statuses, photos, reactions) and verbs such as hide are not conversations.
        if (change.Str("field") != "feed" || change.Child("value") is not { } value || value.Str("item") != "comment" ||
            value.Str("verb") is not { } verb || !Verbs.Contains(verb))
        {
            return;
        }

        var commentId = value.Str("comment_id");
        var postId = value.Str("post_id");
        if (commentId is null || postId is null)
        {
            batch.Skipped.Add($"feed comment change on page {entryId} without comment_id or post_id");
            return;
        }

        var text = verb == "remove" ? null : value.Str("message");
        var date = value.GraphTime("created_time") ?? receivedAt;
        batch.Events.Add(new CommentReceived(postId, commentId, CommentAuthor.From(value.Child("from")), text, date, verb)
        {
            ParentId = value.Str("parent_id"),
        });
    }
}
