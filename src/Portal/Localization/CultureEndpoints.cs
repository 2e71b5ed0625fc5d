using Microsoft.AspNetCore.Localization;

namespace OpenChannels.Portal.Localization;

/// <summary><c>GET /culture/set?culture=fr&amp;redirectUri=/</c>: stores the choice in the culture cookie and goes back.</summary>
public static class CultureEndpoints
{
    public static IEndpointRouteBuilder MapCultureEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/culture/set", (HttpContext context, string? culture, string? redirectUri) =>
        {
            if (!PortalCultures.IsSupported(culture))
            {
                return Results.Problem($"Unsupported culture '{culture}'. Use en, pt-BR or fr.", statusCode: StatusCodes.Status400BadRequest);
            }

            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture!)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });
            var target = string.IsNullOrEmpty(redirectUri) || !redirectUri.StartsWith('/') || redirectUri.StartsWith("//", StringComparison.Ordinal) ? "/" : redirectUri;
            return Results.LocalRedirect(target);
        }).AllowAnonymous().ExcludeFromDescription();
        return endpoints;
    }
}
