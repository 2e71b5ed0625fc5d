using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpenChannels.Plugins.Meta.Tests;
using OpenChannels.Plugins.Testing;

namespace OpenChannels.Plugins.Facebook.Tests.Support;

/// <summary>
/// The Graph API routes the connector calls, answering in Graph's shapes: the Send API, comment replies, the Page's posts,
/// a post's comments (paged with cursors) and subscribed_apps. Answers can be scripted per route; defaults are successes.
/// </summary>
internal sealed class FakeGraph : IAsyncDisposable
{
    public const string Version = "v25.0";

    private FakeGraph(FakePlatformServer server) => Server = server;

    public FakePlatformServer Server { get; }

    public ConcurrentQueue<GraphReply> SendReplies { get; } = new();

    public ConcurrentQueue<GraphReply> PostsReplies { get; } = new();

    public ConcurrentQueue<GraphReply> SubscribeReplies { get; } = new();

    public string Base => Server.Base;

    public static async Task<FakeGraph> StartAsync()
    {
        FakeGraph? graph = null;
        var server = await FakePlatformServer.StartAsync(app => Map(app, () => graph!));
        graph = new FakeGraph(server);
        return graph;
    }

    public ValueTask DisposeAsync() => Server.DisposeAsync();

    private static void Map(IEndpointRouteBuilder app, Func<FakeGraph> graph)
    {
        app.MapPost("/{version}/me/messages", () => GraphReply.Answer(graph().SendReplies, new GraphReply(200, Fixtures.Text("facebook", "send_api_response.json"))));
        app.MapPost("/{version}/{id}/comments", (string id) => GraphReply.Answer(new(), new GraphReply(200, $$"""{"id": "{{id.Split('_')[0]}}_555000111"}""")));
        app.MapGet("/{version}/{id}/comments", (string id, HttpRequest request) => GraphReply.Answer(new(), GraphComments.Page(id, request.Query["after"])));
        app.MapGet("/{version}/{id}/posts", () => GraphReply.Answer(graph().PostsReplies, GraphComments.Posts));
        app.MapPost("/{version}/{id}/subscribed_apps", () => GraphReply.Answer(graph().SubscribeReplies, new GraphReply(200, """{"success": true}""")));
    }
}
