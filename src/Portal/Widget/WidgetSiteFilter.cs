namespace OpenChannels.Portal.Widget;

/// <summary>
/// In front of every widget API call: the connection must be an active web chat (404), the IP within its rate (429), and the
/// page's origin one the administrator allowed (403, with no CORS answer, so the browser shows the page nothing).
/// </summary>
public sealed partial class WidgetSiteFilter(WidgetSites sites, WidgetRateLimits limits, ILogger<WidgetSiteFilter> logger) : IEndpointFilter
{
    private const string Key = "oc.widget.site";

    public static WidgetSite Site(HttpContext http) => (WidgetSite)http.Items[Key]!;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!limits.TryIp(http.Connection.RemoteIpAddress?.ToString()))
        {
            return WidgetResults.TooMany(http);
        }

        if (!Guid.TryParse(http.Request.RouteValues["connectionId"]?.ToString(), out var id) || await sites.FindAsync(id, http.RequestAborted) is not { } site)
        {
            return Results.Problem("No such chat widget.", statusCode: StatusCodes.Status404NotFound);
        }

        var origin = http.Request.Headers.Origin;
        if (!WidgetOrigins.IsAllowed(site, origin))
        {
            LogOriginRefused(logger, id, origin.ToString());
            return Results.Problem("This website may not use this chat widget.", statusCode: StatusCodes.Status403Forbidden);
        }

        WidgetOrigins.Answer(http.Response, WidgetOrigins.Normalize(origin[0])!);
        http.Items[Key] = site;
        return await next(context);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Widget request for connection {ConnectionId} refused: origin '{Origin}' is not allowed")]
    private static partial void LogOriginRefused(ILogger logger, Guid connectionId, string origin);
}
