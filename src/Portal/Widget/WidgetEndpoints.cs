namespace OpenChannels.Portal.Widget;

/// <summary>
/// The public side of the web chat: the script the website embeds, and the API it calls. Every API call passes
/// <see cref="WidgetSiteFilter"/> (active connection, IP rate, allowed origin) and then needs the visitor's signed token;
/// file links carry their own signature, since an image tag cannot send a header.
/// </summary>
public static class WidgetEndpoints
{
    public static IEndpointRouteBuilder MapWidget(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/widget/{connectionId:guid}.js", WidgetScript.ServeAsync).AllowAnonymous().ExcludeFromDescription();
        endpoints.MapGet("/widget/{connectionId:guid}/files/{fileId:guid}", WidgetFilesApi.DownloadAsync).AllowAnonymous().ExcludeFromDescription();

        var api = endpoints.MapGroup("/widget/{connectionId:guid}").AllowAnonymous().DisableAntiforgery().ExcludeFromDescription()
            .AddEndpointFilter<WidgetRefusalLog>().AddEndpointFilter<WidgetSiteFilter>();
        api.MapMethods("/{**path}", ["OPTIONS"], () => Results.NoContent());
        api.MapGet("/config", WidgetVisitorApi.ConfigAsync);
        api.MapPost("/visitor", WidgetVisitorApi.StartAsync);
        api.MapGet("/messages", WidgetMessagesApi.HistoryAsync);
        api.MapPost("/messages", WidgetMessagesApi.SendAsync);
        api.MapPost("/offline", WidgetMessagesApi.OfflineAsync);
        api.MapGet("/events", WidgetEventsApi.StreamAsync);
        api.MapPost("/typing", WidgetSignalsApi.TypingAsync);
        api.MapPost("/read", WidgetSignalsApi.ReadAsync);
        api.MapPost("/rating", WidgetSignalsApi.RateAsync);
        return endpoints;
    }
}
