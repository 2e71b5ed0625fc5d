using Microsoft.AspNetCore.Http.HttpResults;
using OpenChannels.Portal.Identity;

namespace OpenChannels.Portal.Plugins;

/// <summary><c>/api/v1/connectors</c>: the loaded connector plugins, their status and reason (administrators).</summary>
public static class PluginsApi
{
    public static RouteGroupBuilder MapPluginsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/connectors").RequireAuthorization(p => p.RequireRole(Roles.Administrator));
        group.MapGet("/", (PluginRegistry registry) => TypedResults.Ok(registry.List()));
        group.MapGet("/{id}", Results<Ok<PluginInfo>, NotFound> (string id, PluginRegistry registry) =>
            registry.Find(id) is { } info ? TypedResults.Ok(info) : TypedResults.NotFound());
        group.MapPost("/{id}/disable", async Task<Results<NoContent, NotFound>> (string id, PluginRegistry registry, CancellationToken ct) =>
            await registry.SetEnabledAsync(id, false, ct) ? TypedResults.NoContent() : TypedResults.NotFound());
        group.MapPost("/{id}/enable", async Task<Results<Ok<PluginInfo>, NotFound>> (string id, PluginRegistry registry, CancellationToken ct) =>
            await registry.SetEnabledAsync(id, true, ct) ? TypedResults.Ok(registry.Find(id)!) : TypedResults.NotFound());
        group.MapDelete("/{id}", async Task<Results<NoContent, NotFound>> (string id, PluginRegistry registry, CancellationToken ct) =>
            await registry.RemoveAsync(id, ct) ? TypedResults.NoContent() : TypedResults.NotFound());
        return api;
    }
}
