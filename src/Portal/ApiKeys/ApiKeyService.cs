using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Data;

namespace OpenChannels.Portal.ApiKeys;

/// <summary>Creates, revokes and checks API keys. Keys are random, shown once, and stored as SHA-256 hashes.</summary>
public sealed class ApiKeyService(IDbContextFactory<AppDbContext> factory, TimeProvider clock)
{
    public const string KeyPrefix = "oc_";

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>Creates a key for <paramref name="userId"/> and returns it in full; it cannot be shown again.</summary>
    public async Task<(ApiKey Key, string Secret)> CreateAsync(string name, string userId, CancellationToken cancellationToken)
    {
        var secret = KeyPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (await RegisterAsync(name, userId, secret, cancellationToken), secret);
    }

    /// <summary>Registers a key chosen elsewhere (OPENCHANNELS_API_KEY); does nothing when it is already registered.</summary>
    public async Task<ApiKey> RegisterAsync(string name, string userId, string secret, CancellationToken cancellationToken)
    {
        if (secret.Length < 20)
        {
            throw new ArgumentException("An API key must be at least 20 characters long.", nameof(secret));
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var hash = Hash(secret);
        var existing = await db.ApiKeys.FirstOrDefaultAsync(k => k.Hash == hash, cancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        var key = new ApiKey { Id = Guid.NewGuid(), Name = name.Trim(), Prefix = secret[..Math.Min(10, secret.Length)], Hash = hash, UserId = userId, CreatedAt = clock.GetUtcNow() };
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return key;
    }

    public async Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.ApiKeys.AsNoTracking().OrderByDescending(k => k.CreatedAt).ToListAsync(cancellationToken);
    }

    public async Task<bool> RevokeAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return await db.ApiKeys.Where(k => k.Id == id && k.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(k => k.RevokedAt, now), cancellationToken) > 0;
    }

    /// <summary>Records that a key was used, at most once an hour per key, so authenticated calls rarely write.</summary>
    public async Task TouchAsync(ApiKey key, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (key.LastUsedAt is { } last && now - last < TimeSpan.FromHours(1))
        {
            return;
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await db.ApiKeys.Where(k => k.Id == key.Id).ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, now), cancellationToken);
    }

    /// <summary>Returns the active key matching <paramref name="secret"/>, or null.</summary>
    public async Task<ApiKey?> FindActiveAsync(string secret, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var hash = Hash(secret);
        return await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Hash == hash && k.RevokedAt == null, cancellationToken);
    }
}
