using OpenChannels.Abstractions.Manifest;

namespace OpenChannels.Portal.Plugins;

/// <summary>The registry's entry for one plugin id: the live generation (if any), its status and why.</summary>
internal sealed class PluginSlot(string id, string folder)
{
    public string Id { get; } = id;

    public string Folder { get; set; } = folder;

    public volatile PluginGeneration? Current;

    public ConnectorManifest? Manifest { get; set; }

    public PluginStatus Status { get; set; } = PluginStatus.NotSupported;

    public string? Reason { get; set; }

    public PluginInfo ToInfo() => new(
        Id,
        Manifest?.Name ?? Id,
        Manifest?.Version,
        Manifest?.TargetAbi,
        Manifest?.Icon,
        Manifest?.Author,
        Status,
        Reason,
        Current?.LoadedAt,
        Manifest?.Capabilities ?? [],
        Manifest?.Settings ?? []);
}
