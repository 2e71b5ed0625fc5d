using Microsoft.Extensions.Logging;
using OpenChannels.Abstractions.Inbound;
using OpenChannels.Abstractions.Polling;
using OpenChannels.Plugins.Meta;

namespace OpenChannels.Plugins.Facebook;

/// <summary>
/// Imports Page comments by asking Graph: the recent posts (<c>/{page-id}/posts</c>), then one page of each changed post's
/// comments in chronological order after the stored cursor. Paging uses <c>paging.cursors.after</c> against the configured base
/// URL; <c>paging.next</c> only tells that more is waiting (following it verbatim would put the token in a foreign URL).
/// </summary>
internal sealed class CommentPoller(GraphApi graph, string pageId, TimeProvider clock, ILogger logger)
{
    public const int PostsPerPoll = 25;
    public const int CommentsPerPage = 50;

    public async Task<PollResult> PollAsync(string? cursor, CancellationToken cancellationToken)
    {
        var state = CommentCursor.Parse(cursor);
        var posts = await RecentPostsAsync(cancellationToken).ConfigureAwait(false);
        var next = new CommentCursor { Since = state.Since };
        var events = new List<ConnectorEvent>();
        var hasMore = false;
        string? failure = null;
        foreach (var post in posts)
        {
            state.After.TryGetValue(post.Id, out var after);
            if (after is not null)
            {
                next.After[post.Id] = after;
            }

            // updated_time moves with every new comment, so a post older than Since has nothing new.
            if (state.Since is { } since && post.Updated is { } updated && updated.ToUnixTimeSeconds() < since)
            {
                continue;
            }

            var page = await graph.GetAsync($"{Uri.EscapeDataString(post.Id)}/comments", CommentQuery(after), cancellationToken).ConfigureAwait(false);
            if (!page.IsSuccess)
            {
                failure ??= page.Failure!.Reason;
                logger.LogWarning("Facebook comments of post {PostId} could not be read: {Reason}", post.Id, page.Failure!.Reason);
                continue;
            }

            var now = clock.GetUtcNow();
            events.AddRange(page.Body.Items("data").Select(c => GraphCommentMapper.ToEvent(c, post.Id, now)).OfType<CommentReceived>());
            if (page.Body.Child("paging") is { } paging)
            {
                if (paging.Child("cursors")?.Str("after") is { } newAfter)
                {
                    next.After[post.Id] = newAfter;
                }

                hasMore |= paging.Child("next") is not null;
            }
        }

        if (failure is not null && events.Count == 0)
        {
            throw new InvalidOperationException($"Facebook comment import failed: {failure}");
        }

        // Since only moves once every changed post was read to its end, so nothing is skipped after a partial poll.
        if (failure is null && !hasMore && posts.Select(p => p.Updated).Max() is { } newest)
        {
            next.Since = Math.Max(newest.ToUnixTimeSeconds(), state.Since ?? 0);
        }

        return new PollResult(events, next.Serialize(), hasMore);
    }

    private async Task<IReadOnlyList<(string Id, DateTimeOffset? Updated)>> RecentPostsAsync(CancellationToken cancellationToken)
    {
        var query = new Dictionary<string, string> { ["fields"] = "id,updated_time", ["limit"] = $"{PostsPerPoll}" };
        var listing = await graph.GetAsync($"{Uri.EscapeDataString(pageId)}/posts", query, cancellationToken).ConfigureAwait(false);
        if (!listing.IsSuccess)
        {
            throw new InvalidOperationException($"Facebook comment import could not list the Page's posts: {listing.Failure!.Reason}");
        }

        return listing.Body.Items("data")
            .Select(p => (Id: p.Str("id"), Updated: p.GraphTime("updated_time")))
            .Where(p => p.Id is not null)
            .Select(p => (p.Id!, p.Updated))
            .ToList();
    }

    private static Dictionary<string, string> CommentQuery(string? after)
    {
        var query = new Dictionary<string, string>
        {
            ["filter"] = "stream",
            ["order"] = "chronological",
            ["fields"] = "id,from,message,created_time,parent,permalink_url",
            ["limit"] = $"{CommentsPerPage}",
        };
        if (after is not null)
        {
            query["after"] = after;
        }

        return query;
    }
}
