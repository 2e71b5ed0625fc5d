namespace OpenChannels.Abstractions.Manifest;

/// <summary>What a plugin provides, listed in <c>plugin.json</c> as <c>"provides": ["connector", "bot"]</c>. Added in contract 1.2.</summary>
public enum PluginFeature
{
    /// <summary>A messenger connector: the assembly has one <see cref="IConnector"/> implementation. The default.</summary>
    Connector,

    /// <summary>A chatbot administrators enable per channel: the assembly has one <see cref="Bots.IBot"/> implementation.</summary>
    Bot,
}
