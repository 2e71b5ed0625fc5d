using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Data;
using OpenChannels.Portal.Plugins;
using OpenChannels.Portal.Plugins.Packages;

namespace OpenChannels.Portal.Cluster;

/// <summary>
/// Brings this node's plugins to the shared plugin set: once the plugins folder is loaded, then whenever another node announces a
/// change, and every half minute in case an announcement was missed while the bus reconnected. Packages go through the same
/// installer (every check, trial load, atomic swap) as an upload made here; disable, enable and remove through the registry.
/// </summary>
public sealed partial class ClusterPluginSync(
    IDbContextFactory<AppDbContext> factory,
    IClusterBus bus,
    ClusterPluginDistribution distribution,
    PluginRegistry registry,
    PluginPackageInstaller installer,
    ILogger<ClusterPluginSync> logger) : BackgroundService
{
    private static readonly TimeSpan SafetyNet = TimeSpan.FromSeconds(30);
    private readonly SemaphoreSlim _wake = new(0, 1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var subscription = bus.Subscribe(ClusterPluginDistribution.Topic, _ => Wake());
        await registry.Scanned.WaitAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ApplyAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is DbUpdateException or System.Data.Common.DbException or IOException or InvalidOperationException)
            {
                LogSyncFailed(logger, ex.Message);
            }

            await ((Task)_wake.WaitAsync(SafetyNet, stoppingToken)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private void Wake()
    {
        try
        {
            _wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // already awake: the next pass reads every change
        }
    }

    private async Task ApplyAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var rows = await db.SharedPlugins.AsNoTracking()
            .Select(p => new { p.Id, p.PackageSha256, p.Disabled, p.Removed, p.Revision })
            .ToListAsync(cancellationToken);
        foreach (var row in rows.Where(r => r.Revision > distribution.Applied.GetValueOrDefault(r.Id)))
        {
            if (row.Removed)
            {
                await registry.RemoveAsync(row.Id, cancellationToken);
            }
            else
            {
                if (row.PackageSha256 is { } sha && distribution.Packages.GetValueOrDefault(row.Id) != sha)
                {
                    var package = await db.SharedPlugins.Where(p => p.Id == row.Id).Select(p => p.Package).FirstAsync(cancellationToken);
                    await using var stream = new MemoryStream(package ?? []);
                    var result = await installer.InstallAsync(stream, null, cancellationToken);
                    if (result.Error is { } error)
                    {
                        LogRefused(logger, row.Id, error);
                    }

                    distribution.Packages[row.Id] = sha; // tried once: a refused package waits for the next upload, not the next pass
                }

                if (registry.Find(row.Id) is { } plugin && (plugin.Status == PluginStatus.Disabled) != row.Disabled)
                {
                    await registry.SetEnabledAsync(row.Id, !row.Disabled, cancellationToken);
                }
            }

            distribution.Applied[row.Id] = row.Revision;
            LogApplied(logger, row.Id, row.Revision);
        }
    }

    public override void Dispose()
    {
        base.Dispose();
        _wake.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Plugin {PluginId} brought to the cluster's revision {Revision}")]
    private static partial void LogApplied(ILogger logger, string pluginId, long revision);

    [LoggerMessage(Level = LogLevel.Error, Message = "Plugin {PluginId}: the package shared by the cluster was refused on this node: {Reason}")]
    private static partial void LogRefused(ILogger logger, string pluginId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not bring the plugins to the cluster's set, will retry: {Error}")]
    private static partial void LogSyncFailed(ILogger logger, string error);
}
