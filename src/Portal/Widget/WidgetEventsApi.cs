using Microsoft.AspNetCore.Http.Features;

namespace OpenChannels.Portal.Widget;

/// <summary>
/// <c>GET events</c>: a server-sent event stream of what the plugin pushes to this visitor (messages, edits, deletes) and the
/// agents' typing. The widget reads it with <c>fetch</c>, so the token travels in the Authorization header, never in a URL.
/// A comment line every 15 seconds keeps proxies from closing an idle stream.
/// </summary>
public static class WidgetEventsApi
{
    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(15);

    public static async Task<IResult> StreamAsync(HttpContext http, VisitorTokens tokens, WidgetHub hub)
    {
        var site = WidgetSiteFilter.Site(http);
        if (tokens.Read(site.Id, http.Request) is not { } visitor)
        {
            return WidgetResults.NoToken();
        }

        using var stream = hub.Open(site.Id, visitor.VisitorId);
        if (stream is null)
        {
            return WidgetResults.TooMany(http);
        }

        var ct = http.RequestAborted;
        var response = http.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache, no-transform";
        response.Headers["X-Accel-Buffering"] = "no";
        http.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        try
        {
            await response.WriteAsync("retry: 3000\n: open\n\n", ct);
            await response.Body.FlushAsync(ct);
            while (!ct.IsCancellationRequested)
            {
                using var beat = CancellationTokenSource.CreateLinkedTokenSource(ct);
                beat.CancelAfter(Heartbeat);
                try
                {
                    if (!await stream.Events.WaitToReadAsync(beat.Token))
                    {
                        break;
                    }

                    while (stream.Events.TryRead(out var e))
                    {
                        await response.WriteAsync("data: " + e + "\n\n", ct);
                    }
                }
                catch (OperationCanceledException) when (!ct.IsCancellationRequested)
                {
                    await response.WriteAsync(": ping\n\n", ct);
                }

                await response.Body.FlushAsync(ct);
            }
        }
        catch (OperationCanceledException)
        {
            // The visitor left: nothing to answer.
        }

        return Results.Empty;
    }
}
