using System.Security.Claims;

namespace OpenChannels.Portal.Api;

/// <summary><c>GET /api/v1/me</c>: who the API key acts as (useful to check a key).</summary>
public static class MeApi
{
    public static RouteGroupBuilder MapMeApi(this RouteGroupBuilder api)
    {
        api.MapGet("/me", (ClaimsPrincipal user) => TypedResults.Ok(new MeResponse(
            user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
            user.Identity?.Name ?? "",
            user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToArray())));
        return api;
    }
}
