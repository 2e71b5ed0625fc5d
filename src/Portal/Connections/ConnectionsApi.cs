using System.Security.Claims;
using OpenChannels.Portal.Api;
using OpenChannels.Portal.Channels;

namespace OpenChannels.Portal.Connections;

/// <summary><c>POST /api/v1/channels/{id}/connections</c>, <c>GET|PUT|DELETE /api/v1/connections/{id}</c>.</summary>
public static class ConnectionsApi
{
    public static RouteGroupBuilder MapConnectionsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/channels/{id:guid}/connections", async (Guid id, ClaimsPrincipal user, ConnectionService connections, CancellationToken ct) =>
            Results.Ok(await connections.ListAsync(Actor.From(user), id, ct)));
        api.MapPost("/channels/{id:guid}/connections", async (Guid id, ConnectionInput input, ClaimsPrincipal user, ConnectionService connections, CancellationToken ct) =>
            (await connections.CreateAsync(Actor.From(user), id, input, ct)).ToResult(v => Results.Created($"/api/v1/connections/{v.Id}", v)));
        api.MapGet("/connections/{id:guid}", async (Guid id, ClaimsPrincipal user, ConnectionService connections, CancellationToken ct) =>
            (await connections.GetAsync(Actor.From(user), id, ct)).ToResult());
        api.MapPut("/connections/{id:guid}", async (Guid id, ConnectionInput input, ClaimsPrincipal user, ConnectionService connections, CancellationToken ct) =>
            (await connections.UpdateAsync(Actor.From(user), id, input, ct)).ToResult());
        api.MapDelete("/connections/{id:guid}", async (Guid id, ClaimsPrincipal user, ConnectionService connections, CancellationToken ct) =>
            (await connections.DeleteAsync(Actor.From(user), id, ct)).NoContent());
        return api;
    }
}
