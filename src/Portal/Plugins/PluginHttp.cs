using OpenChannels.Abstractions.Hosting;

namespace OpenChannels.Portal.Plugins;

/// <summary>
/// A plugin version's HTTP stack: one connection pool shared by the clients it hands out, disposed with that version, so an
/// unloaded plugin leaves no sockets behind and a slow messenger API cannot exhaust the pool of another plugin.
/// </summary>
internal sealed class PluginHttp(TimeSpan timeout) : IConnectorHttp, IDisposable
{
    private readonly SocketsHttpHandler _handler = new()
    {
        // Recycled so that DNS changes of a messenger's API are picked up.
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectTimeout = TimeSpan.FromSeconds(10),
        AutomaticDecompression = System.Net.DecompressionMethods.All,
    };

    public HttpClient CreateClient() => new(_handler, disposeHandler: false) { Timeout = timeout };

    public void Dispose() => _handler.Dispose();
}
