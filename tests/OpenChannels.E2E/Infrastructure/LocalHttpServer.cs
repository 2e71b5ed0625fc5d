using System.Net;

namespace OpenChannels.E2E.Infrastructure;

/// <summary>A tiny HTTP server on 127.0.0.1 and a free port (HttpListener), answering every request with one handler.</summary>
public sealed class LocalHttpServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Func<HttpListenerContext, Task> _handle;
    private readonly Task _loop;

    public LocalHttpServer(Func<HttpListenerContext, Task> handle, string path = "/")
    {
        _handle = handle;
        Origin = $"http://127.0.0.1:{PortalProcess.FreePort()}";
        Url = new Uri(Origin + path);
        _listener.Prefixes.Add(Url.ToString());
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    /// <summary><c>http://127.0.0.1:{port}</c>, as a browser names this server's origin.</summary>
    public string Origin { get; }

    public Uri Url { get; }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            await _handle(context);
            context.Response.Close();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _loop;
    }
}
