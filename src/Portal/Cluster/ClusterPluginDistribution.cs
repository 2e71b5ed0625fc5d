using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Data;
using OpenChannels.Portal.Plugins;

namespace OpenChannels.Portal.Cluster;

/// <summary>
/// Keeps the plugin set in the shared database (<see cref="SharedPlugin"/>) and announces each change on the cluster bus, where
/// <see cref="ClusterPluginSync"/> on every other node applies it. Nothing is written or announced when the row already says so.
/// </summary>
public sealed class ClusterPluginDistribution(IDbContextFactory<AppDbContext> factory, IClusterBus bus, TimeProvider clock) : IPluginDistribution
{
    public const string Topic = "plugins";

    /// <summary>The revision of each plugin this node has in place, so that it never re-applies its own or an old change.</summary>
    public ConcurrentDictionary<string, long> Applied { get; } = new(StringComparer.Ordinal);

    /// <summary>The SHA-256 of the package each plugin was last installed from on this node, so that a package is installed once.</summary>
    public ConcurrentDictionary<string, string> Packages { get; } = new(StringComparer.Ordinal);

    public async Task PackageInstalledAsync(string id, string package, CancellationToken cancellationToken)
    {
        var bytes = await File.ReadAllBytesAsync(package, cancellationToken);
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        Packages[id] = sha;
        await ChangeAsync(id, p => p.PackageSha256 == sha && !p.Removed, p =>
        {
            p.Package = bytes;
            p.PackageSha256 = sha;
            p.Removed = false;
        }, cancellationToken);
    }

    public Task EnabledChangedAsync(string id, bool enabled, CancellationToken cancellationToken) =>
        ChangeAsync(id, p => p.Disabled == !enabled && !p.Removed, p => p.Disabled = !enabled, cancellationToken);

    public Task RemovedAsync(string id, CancellationToken cancellationToken) => ChangeAsync(id, p => p.Removed, p =>
    {
        Packages.TryRemove(id, out _);
        p.Removed = true;
        p.Disabled = false;
        p.Package = null;
        p.PackageSha256 = null;
    }, cancellationToken);

    private async Task ChangeAsync(string id, Func<SharedPlugin, bool> alreadyThere, Action<SharedPlugin> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            var row = await db.SharedPlugins.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
            if (row is not null && alreadyThere(row))
            {
                return;
            }

            if (row is null)
            {
                row = new SharedPlugin { Id = id };
                db.SharedPlugins.Add(row);
            }

            change(row);
            row.Revision++;
            row.UpdatedAt = clock.GetUtcNow();
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                continue; // another node inserted the row first: apply the change on top of theirs
            }

            Applied[id] = row.Revision;
            bus.Publish(Topic, id);
            return;
        }
    }
}
