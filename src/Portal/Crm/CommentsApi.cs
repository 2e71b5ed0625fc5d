using System.Security.Claims;
using OpenChannels.Portal.Api;
using OpenChannels.Portal.Channels;

namespace OpenChannels.Portal.Crm;

/// <summary>
/// <c>GET /api/v1/comments?connectionId=&amp;limit=</c> and <c>POST /api/v1/comments/{id}/replies</c>. A reply answers 201 with the
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
        return api;
    }
}
