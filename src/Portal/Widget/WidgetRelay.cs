using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Abstractions.Hosting;
using OpenChannels.Abstractions.Inbound;
using OpenChannels.Portal.Connections;
using OpenChannels.Portal.Conversations;
using OpenChannels.Portal.Plugins;

namespace OpenChannels.Portal.Widget;

/// <summary>
/// Hands a checked visitor action to the webchat plugin as a webhook signed with the connection's relay secret, then stores what
/// the plugin made of it exactly as a messenger's webhook is stored (once per message id) and routes new sessions.
/// </summary>
public sealed partial class WidgetRelay(
    ConnectorGateway gateway,
    ConnectionContextFactory contexts,
    IngestService ingest,
    RoutingQueue routing,
    ILogger<WidgetRelay> logger)
{
    public const string SignatureHeader = "X-WebChat-Signature";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<WidgetRelayOutcome> RelayAsync(WidgetSite site, object envelope, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(envelope, Json);
        var request = new WebhookRequest
        {
            Method = "POST",
            Headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { [SignatureHeader] = WebhookSignature.ComputeHmacSha256Hex(body, site.RelaySecret) },
            Query = new Dictionary<string, string>(),
            Body = body,
        };
        var connection = site.Connection;
        var call = await gateway.InvokeAsync(connection.ConnectorId, "HandleWebhook",
            (c, services, ct) => c.HandleWebhookAsync(contexts.Create(connection, site.Settings, services), request, ct).AsTask(), cancellationToken);
        if (!call.IsCompleted)
        {
            LogUnavailable(logger, connection.Id, call.Error);
            return WidgetRelayOutcome.Unavailable;
        }

        if (call.Value!.Outcome != WebhookOutcome.Accepted)
        {
            LogRefused(logger, connection.Id, call.Value.Outcome, call.Value.Reason);
            return WidgetRelayOutcome.Refused;
        }

        try
        {
            var stored = await ingest.StoreAsync(connection, call.Value.Events, cancellationToken);
            foreach (var message in stored.NewSessions)
            {
                routing.Enqueue(message.ConversationId, message.SessionId);
            }

            return WidgetRelayOutcome.Stored;
        }
        catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException or System.Data.Common.DbException or IOException)
        {
            LogStoreFailed(logger, ex, connection.Id);
            return WidgetRelayOutcome.Unavailable;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Widget action on connection {ConnectionId} not handled: {Error}")]
    private static partial void LogUnavailable(ILogger logger, Guid connectionId, string? error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Widget action on connection {ConnectionId} refused by the plugin ({Outcome}): {Reason}")]
    private static partial void LogRefused(ILogger logger, Guid connectionId, WebhookOutcome outcome, string? reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Widget action on connection {ConnectionId} could not be stored")]
    private static partial void LogStoreFailed(ILogger logger, Exception exception, Guid connectionId);
}
