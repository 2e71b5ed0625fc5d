using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace OpenChannels.Plugins.Testing;

/// <summary>
/// A real HTTP server on 127.0.0.1 with a free port, standing in for a messenger's API. Each test project maps the
/// platform's routes; every request is recorded (body included) before the route runs.
/// </summary>
public sealed class FakePlatformServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakePlatformServer(WebApplication app) => _app = app;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The base URL without a trailing slash, as connectors' <c>apiBaseUrl</c> settings expect.</summary>
    public string Base => BaseUrl.ToString().TrimEnd('/');

    public static async Task<FakePlatformServer> StartAsync(Action<IEndpointRouteBuilder> routes)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new FakePlatformServer(app);
        app.Use(async (context, next) =>
        {
            context.Request.EnableBuffering();
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer).ConfigureAwait(false);
            context.Request.Body.Position = 0;
            var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            server.Requests.Enqueue(new RecordedRequest(context.Request.Method, context.Request.Path.Value ?? "", context.Request.QueryString.Value ?? "",
                headers, buffer.ToArray(), context.Request.ContentType));
            await next(context).ConfigureAwait(false);
        });
        routes(app);
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetService(typeof(IServer)) is IServer s ? s.Features.Get<IServerAddressesFeature>()!.Addresses.First() : throw new InvalidOperationException();
        server.BaseUrl = new Uri(address + "/");
        return server;
    }

    /// <summary>Requests whose path ends with <paramref name="suffix"/>, in arrival order.</summary>
    public IReadOnlyList<RecordedRequest> To(string suffix) => Requests.Where(r => r.Path.EndsWith(suffix, StringComparison.Ordinal)).ToList();

    public async ValueTask DisposeAsync() => await _app.DisposeAsync().ConfigureAwait(false);
}
