using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using OpenChannels.Abstractions.Hosting;
using OpenChannels.Abstractions.Inbound;
using OpenChannels.Portal.Plugins;

namespace OpenChannels.Portal.Tests.Plugins.Support;

/// <summary>Webhook-style calls into the loopback plugin, the way the portal's webhook endpoint makes them.</summary>
public static class LoopbackCalls
{
    public const string Secret = "loopback-secret";

    public static Task<ConnectorCallResult<WebhookResult>> WebhookAsync(ConnectorGateway gateway, string messageId, string pluginId = "loopback") =>
        gateway.InvokeAsync(pluginId, "webhook", async (connector, ct) => await connector.HandleWebhookAsync(Connection(), Request(messageId), ct), CancellationToken.None);

    /// <summary>True when the call completed and gave back exactly the message that was posted.</summary>
    public static bool CameBack(ConnectorCallResult<WebhookResult> result, string messageId) =>
        result is { IsCompleted: true, Value: { Outcome: WebhookOutcome.Accepted, Events: [InboundMessage { MessageId: var id }] } } && id == messageId;

    public static WebhookRequest Request(string messageId) => new()
    {
        Method = "POST",
        Headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["X-Loopback-Secret"] = Secret },
        Query = new Dictionary<string, string>(),
        Body = Encoding.UTF8.GetBytes($$"""{"chatId":"c1","messageId":"{{messageId}}","userId":"u1","text":"hi"}"""),
    };

    public static ConnectionContext Connection() => new()
    {
        ConnectionId = "c-1",
        WebhookUrl = new Uri("https://portal.test/webhooks/c-1"),
        Settings = new Dictionary<string, string> { ["secret"] = Secret },
        Http = new NoHttp(),
        Logger = NullLogger.Instance,
        Clock = TimeProvider.System,
        Store = new NoStore(),
    };

    private sealed class NoHttp : IConnectorHttp
    {
        public HttpClient CreateClient() => throw new InvalidOperationException("the loopback webhook path makes no HTTP call");
    }

    private sealed class NoStore : IConnectorStore
    {
        public ValueTask<string?> GetAsync(string key, CancellationToken cancellationToken) => ValueTask.FromResult<string?>(null);

        public ValueTask SetAsync(string key, string? value, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }
}
