using OpenChannels.Abstractions;
using OpenChannels.Abstractions.Bots;
using OpenChannels.Abstractions.Manifest;

namespace OpenChannels.Portal.Plugins;

/// <summary>A hold on one plugin generation for the duration of a call. Dispose it when the call ends.</summary>
public sealed class PluginLease : IDisposable
{
    private PluginGeneration? _generation;

    internal PluginLease(PluginGeneration generation) => _generation = generation;

    public IConnector Connector => Generation.Connector;

    public IBot Bot => Generation.Bot;

    public ConnectorManifest Manifest => Generation.Manifest;

    /// <summary>The generation's own services (see <see cref="PluginGeneration.Services"/>).</summary>
    public IServiceProvider Services => Generation.Services;

    internal PluginGeneration Generation => _generation ?? throw new ObjectDisposedException(nameof(PluginLease));

    public void Dispose() => Interlocked.Exchange(ref _generation, null)?.Release();
}
