using Microsoft.EntityFrameworkCore;
using OpenChannels.Abstractions.Hosting;
using OpenChannels.Portal.Data;

namespace OpenChannels.Portal.Connections;

/// <summary>A connection's private key-value store, one row per key.</summary>
public sealed class DbConnectorStore(IDbContextFactory<AppDbContext> factory, Guid connectionId) : IConnectorStore
{
    public const int MaxValueLength = 64 * 1024;

    public async ValueTask<string?> GetAsync(string key, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.ConnectorStore.Where(e => e.ConnectionId == connectionId && e.Key == key).Select(e => e.Value).FirstOrDefaultAsync(cancellationToken);
    }

    public async ValueTask SetAsync(string key, string? value, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        if (key.Length > 200 || value?.Length > MaxValueLength)
        {
            throw new ArgumentException($"Connector store keys are at most 200 characters and values at most {MaxValueLength}.");
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var entry = await db.ConnectorStore.FirstOrDefaultAsync(e => e.ConnectionId == connectionId && e.Key == key, cancellationToken);
        if (value is null)
        {
            if (entry is not null)
            {
                db.ConnectorStore.Remove(entry);
            }
        }
        else if (entry is null)
        {
            db.ConnectorStore.Add(new ConnectorStoreEntry { ConnectionId = connectionId, Key = key, Value = value });
        }
        else
        {
            entry.Value = value;
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
