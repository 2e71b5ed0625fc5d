using System.Security.Claims;
using OpenChannels.Portal.Api;
using OpenChannels.Portal.Channels;

namespace OpenChannels.Portal.Ratings;

/// <summary><c>GET /api/v1/conversations/{id}/sessions</c>, <c>GET|PUT /api/v1/sessions/{id}/rating</c>.</summary>
public static class RatingsApi
{
    public static RouteGroupBuilder MapRatingsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/conversations/{id:guid}/sessions", async (Guid id, ClaimsPrincipal user, SessionQueries sessions, CancellationToken ct) =>
            (await sessions.ListAsync(Actor.From(user), id, ct)).ToResult());
        api.MapGet("/sessions/{id:guid}/rating", async (Guid id, ClaimsPrincipal user, SupervisorRatingService ratings, CancellationToken ct) =>
            (await ratings.GetAsync(Actor.From(user), id, ct)).ToResult());
        api.MapPut("/sessions/{id:guid}/rating", async (Guid id, SupervisorRatingInput input, ClaimsPrincipal user, SupervisorRatingService ratings, CancellationToken ct) =>
            (await ratings.RateAsync(Actor.From(user), id, input, ct)).ToResult());
        return api;
    }
}
