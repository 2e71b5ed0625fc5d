namespace OpenChannels.Portal.Hosting;

/// <summary>
/// Browser-side defences on every response: a Content-Security-Policy that runs only the portal's own scripts (no inline script,
/// no eval), no framing, no MIME sniffing, and a referrer policy that keeps conversation URLs out of other sites' logs.
/// Images may come from messengers' CDNs (avatars, photos), so https: images are allowed; styles allow inline for Radzen.
/// </summary>
public static class SecurityHeaders
{
    public const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https:; " +
        "font-src 'self' data:; connect-src 'self'; media-src 'self' blob:; object-src 'none'; base-uri 'self'; " +
        "form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// Blazor's interactive pages would otherwise send their own <c>Content-Security-Policy: frame-ancestors 'self'</c>, which
    /// replaced this policy on every page (found by the XSS suite): the portal's policy already forbids framing.
    /// </summary>
    public static void LeavePolicyToPortal(Microsoft.AspNetCore.Components.Server.ServerComponentsEndpointOptions options) =>
        options.ContentSecurityFrameAncestorsPolicy = null;

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "same-origin";
            if (!headers.ContainsKey("Content-Security-Policy"))
            {
                headers.ContentSecurityPolicy = Policy;
                headers.XFrameOptions = "DENY";
            }

            return Task.CompletedTask;
        });
        await next(context);
    });
}
