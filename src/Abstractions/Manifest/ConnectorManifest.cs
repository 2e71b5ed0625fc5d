namespace OpenChannels.Abstractions.Manifest;

/// <summary>
/// What a plugin says about itself, read from the <c>plugin.json</c> file beside its assembly before any of its code runs.
/// </summary>
public sealed record ConnectorManifest
{
    /// <summary>Stable, lower-case identifier such as <c>telegram</c>. Connections refer to the plugin by it.</summary>
    public required string Id { get; init; }

    /// <summary>Name shown to administrators.</summary>
    public required string Name { get; init; }

    /// <summary>The plugin's own version (semantic versioning).</summary>
    public required string Version { get; init; }

    /// <summary>The contract version the plugin was written for, as major.minor (see <see cref="AbiVersion"/>).</summary>
    public required string TargetAbi { get; init; }

    /// <summary>
    /// File name of the assembly, relative to the plugin folder, that holds the <see cref="IConnector"/> and/or
    /// <see cref="Bots.IBot"/> implementation.
    /// </summary>
    public required string Assembly { get; init; }

    /// <summary>An icon: a short emoji or an image file name relative to the plugin folder.</summary>
    public string? Icon { get; init; }

    /// <summary>Who wrote the plugin.</summary>
    public string? Author { get; init; }

    /// <summary>What the messenger can do. The chat screen only offers what is listed here.</summary>
    public IReadOnlyList<ConnectorCapability> Capabilities { get; init; } = [];

    /// <summary>
    /// The largest file, in megabytes, the messenger accepts from the portal (for example 50 for Telegram's Bot API). An agent's
    /// file above it is refused before it is uploaded, with the limit in the message. None: only the portal's own limit applies.
    /// Added in contract 1.2.
    /// </summary>
    public int? MaxFileMb { get; init; }

    /// <summary>The connection settings, described as data so that the host renders the form.</summary>
    public IReadOnlyList<SettingDescriptor> Settings { get; init; } = [];

    /// <summary>
    /// What the plugin provides; a manifest without it provides a connector, as every 1.0 and 1.1 plugin does. A plugin that lists
    /// <see cref="PluginFeature.Bot"/> targets 1.2 or later. Added in contract 1.2.
    /// </summary>
    public IReadOnlyList<PluginFeature> Provides { get; init; } = [PluginFeature.Connector];

    /// <summary>The bot's settings per channel, described as data so that the host renders the form. Added in contract 1.2.</summary>
    public IReadOnlyList<SettingDescriptor> BotSettings { get; init; } = [];
}
