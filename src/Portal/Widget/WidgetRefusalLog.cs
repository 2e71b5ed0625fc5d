namespace OpenChannels.Portal.Widget;

/// <summary>
/// Outermost filter of the widget API: every refusal (4xx) is logged with its reason, as a webhook refusal is, so an
/// administrator can tell why a website's chat does not work without the visitor's browser console.
/// </summary>
public sealed partial class WidgetRefusalLog(ILogger<WidgetRefusalLog> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        if (result is IStatusCodeHttpResult { StatusCode: >= 400 and var status })
        {
            var http = context.HttpContext;
            var connectionId = Guid.TryParse(http.Request.RouteValues["connectionId"]?.ToString(), out var id) ? id : Guid.Empty;
            var reason = (result as Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult)?.ProblemDetails.Detail ?? $"status {status}";
            LogRefused(logger, http.Request.Method, http.Request.Path.Value ?? "", connectionId, status, reason);
        }

        return result;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Widget {Method} {Path} for connection {ConnectionId} refused with {Status}: {Reason}")]
    private static partial void LogRefused(ILogger logger, string method, string path, Guid connectionId, int status, string reason);
}
