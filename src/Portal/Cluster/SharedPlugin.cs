namespace OpenChannels.Portal.Cluster;

/// <summary>
/// What every node of a cluster must agree on about one plugin: the package an administrator uploaded (null for a plugin that
/// ships in every node's plugins folder), and whether it is disabled or removed. <see cref="Revision"/> grows with each change.
/// </summary>
public sealed class SharedPlugin
{
    public required string Id { get; set; }

    public byte[]? Package { get; set; }

    public string? PackageSha256 { get; set; }

    public bool Disabled { get; set; }

    public bool Removed { get; set; }

    public long Revision { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
