using OpenChannels.Portal.Connections;

namespace OpenChannels.Portal.Cluster;

/// <summary>
/// Connection changes made on one node, told to the others. What follows connections through the database (the import jobs in
/// the shared Quartz store) needs nothing; what a node keeps in memory does: the outbound address guard's trusted hosts, without
/// which another node would refuse to send to a callback host an administrator just configured elsewhere.
/// </summary>
public sealed partial class ClusterConnectionRelay(IClusterBus bus, TrustedHosts trustedHosts, ILogger<ClusterConnectionRelay> logger)
    : IConnectionListener, IHostedService
{
    public const string Topic = "connections";

    private IDisposable? _subscription;

    public Task ConnectionChangedAsync(Connection connection, CancellationToken cancellationToken) => AnnounceAsync(connection.Id);

    public Task ConnectionRemovedAsync(Guid connectionId, CancellationToken cancellationToken) => AnnounceAsync(connectionId);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _subscription = bus.Subscribe(Topic, connectionId => _ = RefreshAsync());
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _subscription?.Dispose();
        return Task.CompletedTask;
    }

    private Task AnnounceAsync(Guid connectionId)
    {
        bus.Publish(Topic, connectionId.ToString());
        return Task.CompletedTask;
    }

    private async Task RefreshAsync()
    {
        try
        {
            await trustedHosts.RefreshAsync(CancellationToken.None);
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.Data.Common.DbException or System.Security.Cryptography.CryptographicException)
        {
            LogRefreshFailed(logger, ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not refresh the trusted hosts after another node changed a connection: {Error}")]
    private static partial void LogRefreshFailed(ILogger logger, string error);
}
