using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Data;

namespace OpenChannels.Portal.Cluster;

/// <summary>
/// Makes sure the shared Data Protection key ring holds a key before this node serves anything. The first node creates it under
/// an advisory lock, so nodes starting together never each make their own key and refuse each other's cookies.
/// </summary>
public sealed class SharedKeyRing(IDbContextFactory<AppDbContext> factory, IDataProtectionProvider protection) : IHostedService
{
    private const long LockId = 4242002;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({LockId})", cancellationToken);
        try
        {
            // Protecting creates the first key when the ring is empty, and reads the ring another node wrote otherwise.
            _ = protection.CreateProtector("OpenChannels.Cluster.KeyRing").Protect("ready");
        }
        finally
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({LockId})", CancellationToken.None);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
