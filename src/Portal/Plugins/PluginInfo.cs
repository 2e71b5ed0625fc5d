using OpenChannels.Abstractions.Manifest;

namespace OpenChannels.Portal.Plugins;

/// <summary>A plugin (connector, bot or both) as the Plugins page and <c>GET /api/v1/connectors</c> show it.</summary>
public sealed record PluginInfo(
    string Id,
    string Name,
    string? Version,
    string? TargetAbi,
    string? Icon,
    string? Author,
    PluginStatus Status,
    string? Reason,
    DateTimeOffset? LoadedAt,
    IReadOnlyList<ConnectorCapability> Capabilities,
    IReadOnlyList<SettingDescriptor> Settings,
    string? LastError = null,
    DateTimeOffset? LastErrorAt = null,
    IReadOnlyList<PluginFeature>? Provides = null,
    IReadOnlyList<SettingDescriptor>? BotSettings = null,
    int? MaxFileMb = null)
{
    public bool ProvidesConnector => Provides is null || Provides.Contains(PluginFeature.Connector);

    public bool ProvidesBot => Provides?.Contains(PluginFeature.Bot) == true;
}
