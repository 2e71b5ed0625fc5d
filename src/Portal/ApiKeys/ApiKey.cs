namespace OpenChannels.Portal.ApiKeys;

/// <summary>A REST API key. Only its SHA-256 hash is stored; the key itself is shown once.</summary>
public sealed class ApiKey
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    /// <summary>The first characters of the key, shown so an administrator can tell keys apart.</summary>
    public required string Prefix { get; set; }

    public required string Hash { get; set; }

    /// <summary>The user the key acts as; its roles apply.</summary>
    public required string UserId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public DateTimeOffset? LastUsedAt { get; set; }
}
