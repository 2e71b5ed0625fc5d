using Microsoft.EntityFrameworkCore;
using OpenChannels.Abstractions.Hosting;
using OpenChannels.Portal.Data;
using OpenChannels.Portal.Hosting;

namespace OpenChannels.Portal.Connections;

/// <summary>Builds the <see cref="ConnectionContext"/> a plugin gets for a call: decrypted settings, HTTP, logger, clock, store.</summary>
public sealed class ConnectionContextFactory(
    IDbContextFactory<AppDbContext> factory,
    ConnectionSettingsProtector protector,
    ConnectorHttp http,
    ILoggerFactory loggers,
    TimeProvider clock,
    PortalOptions options)
{
    public Uri WebhookUrl(Guid connectionId) => new(options.PublicUrl, $"webhooks/{connectionId}");

    public ConnectionContext Create(Connection connection) => Create(connection, protector.Unprotect(connection.ProtectedSettings));

    public ConnectionContext Create(Connection connection, IReadOnlyDictionary<string, string> settings) => new()
    {
        ConnectionId = connection.Id.ToString(),
        WebhookUrl = WebhookUrl(connection.Id),
        Settings = settings,
        Http = http,
        Logger = loggers.CreateLogger($"OpenChannels.Plugins.{connection.ConnectorId}"),
        Clock = clock,
        Store = new DbConnectorStore(factory, connection.Id),
    };
}
