using System.Security.Claims;
using OpenChannels.Portal.Api;
using OpenChannels.Portal.Channels;

namespace OpenChannels.Portal.Bots;

/// <summary><c>GET|PUT /api/v1/channels/{id}/bot</c>: the channel's FAQ bot (administrators).</summary>
public static class BotsApi
{
    public static RouteGroupBuilder MapBotsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/channels/{id:guid}/bot", async (Guid id, ClaimsPrincipal user, ChannelBotService bots, CancellationToken ct) =>
            (await bots.GetAsync(Actor.From(user), id, ct)).ToResult());
        api.MapPut("/channels/{id:guid}/bot", async (Guid id, ChannelBotSettings input, ClaimsPrincipal user, ChannelBotService bots, CancellationToken ct) =>
            (await bots.SaveAsync(Actor.From(user), id, input, ct)).ToResult());
        return api;
    }
}
