using OpenChannels.Abstractions.Manifest;

namespace OpenChannels.Portal.Plugins;

/// <summary>The registry's entry for one plugin id: the live generation (if any), its status, why, and its last error.</summary>
internal sealed class PluginSlot(string id, string folder, PluginError? lastError)
{
    public string Id { get; } = id;

    public string Folder { get; set; } = folder;

    public volatile PluginGeneration? Current;

    public ConnectorManifest? Manifest { get; set; }

    public PluginStatus Status { get; set; } = PluginStatus.NotSupported;

    public string? Reason { get; set; }

    public volatile PluginError? LastError = lastError;

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
        Manifest?.Settings ?? [],
        LastError?.Message,
        LastError?.At,
        Manifest?.Provides ?? [PluginFeature.Connector],
        Manifest?.BotSettings ?? [],
        Manifest?.MaxFileMb);
}
