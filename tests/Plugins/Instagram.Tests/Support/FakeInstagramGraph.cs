using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpenChannels.Plugins.Meta.Tests;
using OpenChannels.Plugins.Testing;

namespace OpenChannels.Plugins.Instagram.Tests.Support;

/// <summary>The Graph routes the Instagram connector calls: <c>POST /{ig-user-id}/messages</c> and <c>GET /{ig-user-id}</c>.</summary>
internal sealed class FakeInstagramGraph : IAsyncDisposable
{
    /// <summary>Meta's documented Send API success shape, as Instagram answers it.</summary>
    public const string SentBody = """{"recipient_id": "5678", "message_id": "aWdfZAG1faXRlbToxOklHTWVzc2FnZAUlEOjE3ODQxNDAxMjM0NTY3ODkw"}""";

    private FakeInstagramGraph(FakePlatformServer server) => Server = server;

    public FakePlatformServer Server { get; }

    public ConcurrentQueue<GraphReply> SendReplies { get; } = new();

    public ConcurrentQueue<GraphReply> AccountReplies { get; } = new();

    public string Base => Server.Base;

    public static async Task<FakeInstagramGraph> StartAsync()
    {
        FakeInstagramGraph? graph = null;
        var server = await FakePlatformServer.StartAsync(app => Map(app, () => graph!));
        graph = new FakeInstagramGraph(server);
        return graph;
    }

    public ValueTask DisposeAsync() => Server.DisposeAsync();

    private static void Map(IEndpointRouteBuilder app, Func<FakeInstagramGraph> graph)
    {
        app.MapPost("/{version}/{id}/messages", () => GraphReply.Answer(graph().SendReplies, new GraphReply(200, SentBody)));
        app.MapGet("/{version}/{id}", (string id) => GraphReply.Answer(graph().AccountReplies, new GraphReply(200, $$"""{"id": "{{id}}", "username": "open.channels.shop"}""")));
    }
}
