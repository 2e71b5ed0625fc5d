using System.Net;
using System.Net.Sockets;
using OpenChannels.Abstractions.Hosting;

namespace OpenChannels.Portal.Plugins;

/// <summary>
/// The HTTP clients one plugin version gets: a pooled handler of its own (disposed with the version), a timeout, and the
/// <see cref="OutboundAddressGuard"/> applied to every connection it opens.
/// </summary>
internal sealed class PluginHttp : IConnectorHttp, IDisposable
{
    private readonly TimeSpan _timeout;
    private readonly SocketsHttpHandler _handler;

    public PluginHttp(TimeSpan timeout, OutboundAddressGuard guard)
    {
        _timeout = timeout;
        _handler = new SocketsHttpHandler
        {
            // Recycled so that DNS changes of a messenger's API are picked up.
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectTimeout = TimeSpan.FromSeconds(10),
            AutomaticDecompression = DecompressionMethods.All,
            AllowAutoRedirect = false, // a redirect could point inside; plugins follow redirects themselves if they must
            ConnectCallback = (context, cancellationToken) => ConnectAsync(guard, context, cancellationToken),
        };
    }

    public HttpClient CreateClient() => new(_handler, disposeHandler: false) { Timeout = _timeout };

    public void Dispose() => _handler.Dispose();

    private static async ValueTask<Stream> ConnectAsync(OutboundAddressGuard guard, SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
        var allowed = addresses.FirstOrDefault(a => guard.IsAllowed(host, a))
            ?? throw new HttpRequestException($"Refused to connect to {host}: it resolves to an internal address. Add it to OPENCHANNELS_TRUSTED_HOSTS if it is yours.");
        var socket = new Socket(allowed.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(new IPEndPoint(allowed, context.DnsEndPoint.Port), cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
