using System.Security.Claims;
using OpenChannels.Portal.Api;

namespace OpenChannels.Portal.Channels;

/// <summary><c>/api/v1/channels</c>: list and read (what the key's user may see); create, update, delete (administrators).</summary>
public static class ChannelsApi
{
    public static RouteGroupBuilder MapChannelsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/channels");
        group.MapGet("/", async (ClaimsPrincipal user, ChannelService channels, CancellationToken ct) =>
            Results.Ok(await channels.ListAsync(Actor.From(user), ct)));
        group.MapGet("/{id:guid}", async (Guid id, ClaimsPrincipal user, ChannelService channels, CancellationToken ct) =>
            (await channels.GetAsync(Actor.From(user), id, ct)).ToResult());
        group.MapPost("/", async (ChannelInput input, ClaimsPrincipal user, ChannelService channels, CancellationToken ct) =>
            (await channels.CreateAsync(Actor.From(user), input, ct)).ToResult(v => Results.Created($"/api/v1/channels/{v.Id}", v)));
        group.MapPut("/{id:guid}", async (Guid id, ChannelInput input, ClaimsPrincipal user, ChannelService channels, CancellationToken ct) =>
            (await channels.UpdateAsync(Actor.From(user), id, input, ct)).ToResult());
        group.MapDelete("/{id:guid}", async (Guid id, ClaimsPrincipal user, ChannelService channels, CancellationToken ct) =>
            (await channels.DeleteAsync(Actor.From(user), id, ct)).NoContent());
        return api;
    }
}
