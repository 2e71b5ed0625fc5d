using Microsoft.Extensions.Primitives;

namespace OpenChannels.Portal.Widget;

/// <summary>
/// CORS for the widget endpoints, per connection: a browser request is answered only for an origin the administrator allowed, and
/// the answer names exactly that origin. A request with no Origin header (not from a browser page) is refused too.
/// </summary>
public static class WidgetOrigins
{
    public const string AllowedHeaders = "Authorization, Content-Type";
    public const string AllowedMethods = "GET, POST";

    /// <summary><c>scheme://host[:port]</c> in lower case, or null when <paramref name="value"/> is no http(s) origin.</summary>
    public static string? Normalize(string? value) =>
        Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.AbsolutePath == "/"
            ? uri.GetLeftPart(UriPartial.Authority).ToLowerInvariant()
            : null;

    public static bool IsAllowed(WidgetSite site, StringValues origin) =>
        origin.Count == 1 && Normalize(origin[0]) is { } normalized && site.AllowedOrigins.Contains(normalized);

    /// <summary>Adds the CORS answer for an allowed origin; call only after <see cref="IsAllowed"/>.</summary>
    public static void Answer(HttpResponse response, string origin)
    {
        var headers = response.Headers;
        headers.AccessControlAllowOrigin = origin;
        headers.AccessControlAllowHeaders = AllowedHeaders;
        headers.AccessControlAllowMethods = AllowedMethods;
        headers.AccessControlMaxAge = "600";
        headers.Vary = "Origin";
    }
}
