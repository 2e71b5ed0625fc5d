using Microsoft.EntityFrameworkCore;
using OpenChannels.Abstractions.Hosting;
using OpenChannels.Portal.Data;
using OpenChannels.Portal.Hosting;

namespace OpenChannels.Portal.Connections;

/// <summary>
/// Builds the <see cref="ConnectionContext"/> a plugin gets for a call: decrypted settings, the store, the clock, and the HTTP
/// clients and logger of the plugin version that runs the call (its own services, with the outbound address guard).
/// </summary>
public sealed class ConnectionContextFactory(
    IDbContextFactory<AppDbContext> factory,
    ConnectionSettingsProtector protector,
    TimeProvider clock,
    PortalOptions options,
    Widget.WidgetHub widgets)
{
    public Uri WebhookUrl(Guid connectionId) => new(options.PublicUrl, $"webhooks/{connectionId}");

    public IReadOnlyDictionary<string, string> Settings(Connection connection) => protector.Unprotect(connection.ProtectedSettings);

    public ConnectionContext Create(Connection connection, IServiceProvider pluginServices) => Create(connection, Settings(connection), pluginServices);

    public ConnectionContext Create(Connection connection, IReadOnlyDictionary<string, string> settings, IServiceProvider pluginServices) => new()
    {
        ConnectionId = connection.Id.ToString(),
        WebhookUrl = WebhookUrl(connection.Id),
        Settings = settings,
        Http = pluginServices.GetRequiredService<IConnectorHttp>(),
        Logger = pluginServices.GetRequiredService<ILogger>(),
        Clock = clock,
        Store = new DbConnectorStore(factory, connection.Id),
        Push = new Widget.WidgetClientPush(widgets, connection.Id),
    };
}
