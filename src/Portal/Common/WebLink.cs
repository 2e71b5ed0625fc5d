namespace OpenChannels.Portal.Common;

/// <summary>
/// Decides whether a URL that came from outside (a messenger's avatar or permalink) may become a link or an image source:
/// only absolute http(s) URLs, never <c>javascript:</c>, <c>data:</c> or relative ones that would act in the portal's origin.
/// </summary>
public static class WebLink
{
    public static bool IsHttp(string? url) =>
        url is { Length: > 0 } && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
}
