using System.Security.Claims;
using OpenChannels.Portal.Api;
using OpenChannels.Portal.Channels;

namespace OpenChannels.Portal.Feed;

/// <summary>
/// <c>/api/v1/feed</c>: the company feed (latest posts with comments and likes), posting, commenting, liking and deleting, and
/// <c>POST /api/v1/messages/{messageId}/feed</c> ("Discuss in the feed").
/// </summary>
public static class FeedApi
{
    public static RouteGroupBuilder MapFeedApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/feed");
        group.MapGet("/", async (int? limit, ClaimsPrincipal user, FeedService feed, CancellationToken ct) => Results.Ok(await feed.ListAsync(Actor.From(user), limit ?? 50, ct)));
        group.MapPost("/", async (FeedText input, ClaimsPrincipal user, FeedService feed, CancellationToken ct) =>
            (await feed.PostAsync(Actor.From(user), input, ct)).ToResult(id => Results.Created($"/api/v1/feed/{id}", new { id })));
        group.MapDelete("/{id:guid}", async (Guid id, ClaimsPrincipal user, FeedService feed, CancellationToken ct) => (await feed.DeleteAsync(Actor.From(user), id, ct)).NoContent());
        group.MapPost("/{id:guid}/comments", async (Guid id, FeedText input, ClaimsPrincipal user, FeedService feed, CancellationToken ct) =>
            (await feed.CommentAsync(Actor.From(user), id, input, ct)).ToResult(c => Results.Created($"/api/v1/feed/{id}", new { id = c })));
        group.MapPut("/{id:guid}/like", async (Guid id, ClaimsPrincipal user, FeedService feed, CancellationToken ct) => (await feed.LikeAsync(Actor.From(user), id, true, ct)).NoContent());
        group.MapDelete("/{id:guid}/like", async (Guid id, ClaimsPrincipal user, FeedService feed, CancellationToken ct) => (await feed.LikeAsync(Actor.From(user), id, false, ct)).NoContent());
        api.MapPost("/messages/{messageId:long}/feed", async (long messageId, FeedText input, ClaimsPrincipal user, FeedService feed, CancellationToken ct) =>
            (await feed.PostFromMessageAsync(Actor.From(user), messageId, input, ct)).ToResult(id => Results.Created($"/api/v1/feed/{id}", new { id })));
        return api;
    }
}
