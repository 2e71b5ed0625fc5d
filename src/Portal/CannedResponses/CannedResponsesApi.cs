using System.Security.Claims;
using OpenChannels.Portal.Api;
using OpenChannels.Portal.Channels;

namespace OpenChannels.Portal.CannedResponses;

/// <summary><c>/api/v1/canned-responses</c>: list (<c>?q=prefix</c>), create, change and delete.</summary>
public static class CannedResponsesApi
{
    public static RouteGroupBuilder MapCannedResponsesApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/canned-responses");
        group.MapGet("/", async (string? q, ClaimsPrincipal user, CannedResponseService responses, CancellationToken ct) =>
            Results.Ok(await responses.ListAsync(Actor.From(user), q, ct)));
        group.MapPost("/", async (CannedResponseInput input, ClaimsPrincipal user, CannedResponseService responses, CancellationToken ct) =>
            (await responses.CreateAsync(Actor.From(user), input, ct)).ToResult(r => Results.Created($"/api/v1/canned-responses/{r.Id}", r)));
        group.MapPut("/{id:guid}", async (Guid id, CannedResponseInput input, ClaimsPrincipal user, CannedResponseService responses, CancellationToken ct) =>
            (await responses.UpdateAsync(Actor.From(user), id, input, ct)).ToResult());
        group.MapDelete("/{id:guid}", async (Guid id, ClaimsPrincipal user, CannedResponseService responses, CancellationToken ct) =>
            (await responses.DeleteAsync(Actor.From(user), id, ct)).NoContent());
        return api;
    }
}
