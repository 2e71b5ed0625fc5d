using System.Security.Claims;
using OpenChannels.Portal.Api;
using OpenChannels.Portal.Channels;

namespace OpenChannels.Portal.Crm;

/// <summary>
/// <c>GET /api/v1/comments?connectionId=&amp;limit=</c>, <c>POST /api/v1/comments/{id}/replies</c> and <c>POST|DELETE /api/v1/comments/{id}/handled</c>
/// (mark handled, or open again). A reply answers 201 with the
/// logged reply; its <c>status</c> is <c>Failed</c>, with the platform's reason in <c>error</c>, when the platform refused it.
/// </summary>
public static class CommentsApi
{
    public static RouteGroupBuilder MapCommentsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/comments");
        group.MapGet("/", async (Guid? connectionId, int? limit, ClaimsPrincipal user, PageCommentService comments, CancellationToken ct) =>
            (await comments.ListAsync(Actor.From(user), connectionId, limit ?? 100, ct)).ToResult());
        group.MapPost("/{id:guid}/replies", async (Guid id, CommentReplyInput input, ClaimsPrincipal user, PageCommentService comments, CancellationToken ct) =>
            (await comments.ReplyAsync(Actor.From(user), id, input, ct)).ToResult(r => Results.Created($"/api/v1/comments/{id}/replies/{r.Id}", r)));
        group.MapPost("/{id:guid}/handled", async (Guid id, ClaimsPrincipal user, PageCommentService comments, CancellationToken ct) =>
            (await comments.MarkHandledAsync(Actor.From(user), id, true, ct)).ToResult());
        group.MapDelete("/{id:guid}/handled", async (Guid id, ClaimsPrincipal user, PageCommentService comments, CancellationToken ct) =>
            (await comments.MarkHandledAsync(Actor.From(user), id, false, ct)).ToResult());
        return api;
    }
}
