using Microsoft.EntityFrameworkCore;
using OpenChannels.Abstractions.Inbound;
using OpenChannels.Portal.Connections;
using OpenChannels.Portal.Conversations;
using OpenChannels.Portal.Data;
using OpenChannels.Portal.Plugins;

namespace OpenChannels.Portal.Webhooks;

/// <summary>
/// <c>POST|GET /webhooks/{connectionId}</c>. In order: the connector checks authenticity (401 and nothing stored when it fails);
/// the messages are stored exactly once; only then the messenger gets its 2xx; routing follows in the background.
/// Anything that would lose a message (database or plugin unavailable) answers 503, so the messenger delivers again.
/// </summary>
public static partial class WebhookEndpoints
{
    public const string RateLimit = "webhooks";
    public const int MaxBodyBytes = 1024 * 1024;

    public static IEndpointRouteBuilder MapWebhooks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods("/webhooks/{connectionId:guid}", ["GET", "POST"], HandleAsync)
            .AllowAnonymous().DisableAntiforgery().RequireRateLimiting(RateLimit).ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<IResult> HandleAsync(
        Guid connectionId,
        HttpContext http,
        IDbContextFactory<AppDbContext> factory,
        ConnectorGateway gateway,
        ConnectionContextFactory contexts,
        IngestService ingest,
        RoutingQueue routing,
        ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger("OpenChannels.Webhooks");
        var cancellationToken = http.RequestAborted;
        Connection? connection;
        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
        {
            connection = await db.Connections.AsNoTracking().FirstOrDefaultAsync(c => c.Id == connectionId, cancellationToken);
        }

        if (connection is null)
        {
            LogRefused(logger, connectionId, StatusCodes.Status404NotFound, "no such connection");
            return Results.Problem("No such connection.", statusCode: StatusCodes.Status404NotFound);
        }

        if (http.Request.Method == "POST" && !WebhookBody.IsJson(http.Request.ContentType))
        {
            LogRefused(logger, connectionId, StatusCodes.Status415UnsupportedMediaType, $"content type {http.Request.ContentType} is not JSON");
            return Results.Problem("Webhook bodies must be JSON.", statusCode: StatusCodes.Status415UnsupportedMediaType);
        }

        var body = await WebhookBody.ReadAsync(http.Request, MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            LogRefused(logger, connectionId, StatusCodes.Status413PayloadTooLarge, $"body larger than {MaxBodyBytes} bytes");
            return Results.Problem($"The body is larger than {MaxBodyBytes} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        var request = new WebhookRequest
        {
            Method = http.Request.Method,
            Headers = http.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            Query = http.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal),
            Body = body,
            RemoteAddress = http.Connection.RemoteIpAddress?.ToString(),
        };
        var call = await gateway.InvokeAsync(connection.ConnectorId, "HandleWebhook", (c, services, ct) => c.HandleWebhookAsync(contexts.Create(connection, services), request, ct).AsTask(), cancellationToken);
        if (!call.IsCompleted)
        {
            LogUnavailable(logger, connectionId, call.Error);
            http.Response.Headers.RetryAfter = "30";
            return Results.Problem("The connector cannot take this delivery now; deliver it again later.", statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        var result = call.Value!;
        switch (result.Outcome)
        {
            case WebhookOutcome.Rejected:
                LogRefused(logger, connectionId, StatusCodes.Status401Unauthorized, result.Reason ?? "not authentic (the connector gave no reason)");
                return Results.Problem("The request is not authentic.", statusCode: StatusCodes.Status401Unauthorized);
            case WebhookOutcome.Invalid:
                // The reason is for the operator (it may quote the body or the parser); the caller learns only that it was refused.
                LogRefused(logger, connectionId, StatusCodes.Status400BadRequest, result.Reason ?? "malformed (the connector gave no reason)");
                return Results.Problem("The request is malformed.", statusCode: StatusCodes.Status400BadRequest);
        }

        IngestResult stored;
        try
        {
            stored = await ingest.StoreAsync(connection, result.Events, cancellationToken);
        }
        catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException or System.Data.Common.DbException or IOException)
        {
            LogStoreFailed(logger, ex, connectionId);
            http.Response.Headers.RetryAfter = "10";
            return Results.Problem("The message could not be stored; deliver it again later.", statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        foreach (var message in stored.NewSessions)
        {
            routing.Enqueue(message.ConversationId, message.SessionId);
        }

        return Results.Text(result.ResponseBody ?? "", result.ResponseContentType, statusCode: result.StatusCode);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook for connection {ConnectionId} refused with {Status}: {Reason}")]
    private static partial void LogRefused(ILogger logger, Guid connectionId, int status, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook for connection {ConnectionId} not handled: {Error}")]
    private static partial void LogUnavailable(ILogger logger, Guid connectionId, string? error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Webhook for connection {ConnectionId} could not be stored")]
    private static partial void LogStoreFailed(ILogger logger, Exception exception, Guid connectionId);
}
