using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Data;
using OpenChannels.Portal.Plugins;

namespace OpenChannels.Portal.Connections;

/// <summary>
/// Keeps the outbound address guard's list of administrator-configured hosts: the hosts of every URL in connection settings
/// (a messenger's API base URL, the loopback callback), refreshed at start and whenever a connection changes.
/// </summary>
public sealed class TrustedHosts(IDbContextFactory<AppDbContext> factory, ConnectionSettingsProtector protector, PluginHostOptions hostOptions)
    : IConnectionListener, IHostedService
{
    public Task ConnectionChangedAsync(Connection connection, CancellationToken cancellationToken) => RefreshAsync(cancellationToken);

    public Task ConnectionRemovedAsync(Guid connectionId, CancellationToken cancellationToken) => RefreshAsync(cancellationToken);

    public Task StartAsync(CancellationToken cancellationToken) => RefreshAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var stored = await db.Connections.AsNoTracking().Select(c => c.ProtectedSettings).ToListAsync(cancellationToken);
        var hosts = stored.SelectMany(s => protector.Unprotect(s).Values)
            .Select(v => Uri.TryCreate(v, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.Host : null)
            .OfType<string>();
        hostOptions.AddressGuard.TrustConfigured(hosts);
    }
}
