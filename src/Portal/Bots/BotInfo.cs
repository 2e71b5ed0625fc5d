using OpenChannels.Abstractions.Manifest;
using OpenChannels.Portal.Plugins;

namespace OpenChannels.Portal.Bots;

/// <summary>A bot an administrator can enable for a channel: the built-in FAQ bot or a bot plugin, with its status and settings.</summary>
public sealed record BotInfo(string Id, string Name, bool BuiltIn, PluginStatus Status, string? Reason, IReadOnlyList<SettingDescriptor> Settings)
{
    public bool IsAvailable => Status == PluginStatus.Active;
}
