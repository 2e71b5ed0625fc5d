using Microsoft.Extensions.Logging.Abstractions;
using OpenChannels.Abstractions.Hosting;

namespace OpenChannels.Plugins.Testing;

/// <summary>Builds a <see cref="ConnectionContext"/> for connector tests.</summary>
public static class TestConnection
{
    public static ConnectionContext Create(IReadOnlyDictionary<string, string> settings, IConnectorStore? store = null, TimeProvider? clock = null) => new()
    {
        ConnectionId = "c-test",
        WebhookUrl = new Uri("https://portal.example.com/webhooks/c-test"),
        Settings = settings,
        Http = new TestConnectorHttp(),
        Logger = NullLogger.Instance,
        Clock = clock ?? TimeProvider.System,
        Store = store ?? new InMemoryConnectorStore(),
    };
}
