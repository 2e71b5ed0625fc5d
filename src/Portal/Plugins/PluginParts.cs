using OpenChannels.Abstractions;
using OpenChannels.Abstractions.Bots;
using OpenChannels.Abstractions.Manifest;

namespace OpenChannels.Portal.Plugins;

/// <summary>What a successful load produced, handed to the <see cref="PluginGeneration"/> that owns it from then on.</summary>
internal sealed record PluginParts(
    ConnectorManifest Manifest,
    IConnector? Connector,
    IBot? Bot,
    PluginLoadContext Context,
    ServiceProvider Services,
    string ShadowFolder,
    string Fingerprint);
