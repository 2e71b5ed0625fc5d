using System.Net;
using System.Text;
using OpenChannels.E2E.Infrastructure;

namespace OpenChannels.E2E.Widget;

/// <summary>
/// A customer's website on its own origin (a free port on 127.0.0.1, so another origin than the portal): serves one small HTML
/// page per path, each embedding whatever snippet the test gives it, with CSS of its own that must not leak into the widget.
/// </summary>
public sealed class TestSite : IAsyncDisposable
{
    private readonly LocalHttpServer _server;
    private readonly Dictionary<string, string> _pages = new(StringComparer.Ordinal);

    public TestSite()
    {
        _server = new LocalHttpServer(ServeAsync);
    }

    public string Origin => _server.Origin;

    /// <summary>Serves a page at <paramref name="path"/> with <paramref name="snippet"/> before <c>&lt;/body&gt;</c>.</summary>
    public string Page(string path, string snippet)
    {
        lock (_pages)
        {
            _pages[path] = $$"""
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Shop</title><style>button { background: lime !important; font-size: 40px !important; } div { color: red; }</style></head>
                <body><h1>Our shop</h1><p>Welcome to the shop.</p>
                {{snippet}}
                </body></html>
                """;
        }

        return Origin + path;
    }

    private async Task ServeAsync(HttpListenerContext context)
    {
        string? page;
        lock (_pages)
        {
            page = _pages.GetValueOrDefault(context.Request.Url!.AbsolutePath);
        }

        var bytes = Encoding.UTF8.GetBytes(page ?? "not found");
        context.Response.StatusCode = page is null ? 404 : 200;
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.OutputStream.WriteAsync(bytes);
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
