using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using OpenChannels.Plugins.Testing;

namespace OpenChannels.Portal.Tests.Connectors.Fakes;

/// <summary>
/// The Graph API routes the Facebook and Instagram connections call end to end: Page subscription, the Send API (messages and
/// private replies to comments), Instagram's messages endpoint and account read, and the Page's posts and comments. A wrong token
/// gets Graph's OAuthException 190, as the real API answers it.
/// </summary>
internal sealed class FakeMetaGraph : IAsyncDisposable
{
    public const string Version = "v25.0";
    public const string Token = "EAAE2eTestToken0123456789";
    public const string InstagramMessageId = "aWdfZAG1faXRlbToxOklHTWVzc2FnZAUlEOjE3ODQxNDAxMjM0NTY3ODkw";

    private int _replies;

    private FakeMetaGraph(FakePlatformServer server) => Server = server;

    public FakePlatformServer Server { get; }

    public FakeGraphPage Page { get; } = new();

    /// <summary>Answers for the next listings of the Page's posts, before the real listing.</summary>
    public ConcurrentQueue<(int Status, string Body)> PostsAnswers { get; } = new();

    /// <summary>Answers for the next public comment replies, before the default success.</summary>
    public ConcurrentQueue<(int Status, string Body)> CommentReplyAnswers { get; } = new();

    public string Base => Server.Base;

    public static async Task<FakeMetaGraph> StartAsync()
    {
        FakeMetaGraph? graph = null;
        var server = await FakePlatformServer.StartAsync(app =>
        {
            app.MapPost("/{version}/{id}/subscribed_apps", (HttpRequest r) => graph!.Answer(r, """{"success": true}"""));
            app.MapPost("/{version}/me/messages", async (HttpRequest r) => graph!.Answer(r, await SendApiAnswerAsync(r)));
            app.MapPost("/{version}/{id}/messages", (HttpRequest r) => graph!.Answer(r, $$"""{"recipient_id": "5678", "message_id": "{{InstagramMessageId}}"}"""));
            app.MapGet("/{version}/{id}", (string id, HttpRequest r) => graph!.Answer(r, $$"""{"id": "{{id}}", "username": "open.channels.shop"}"""));
            app.MapGet("/{version}/{id}/posts", (HttpRequest r) => graph!.PostsAnswers.TryDequeue(out var scripted)
                ? Results.Text(scripted.Body, "application/json", statusCode: scripted.Status)
                : graph.Answer(r, graph.Page.Posts()));
            app.MapGet("/{version}/{id}/comments", (string id, HttpRequest r) => graph!.Answer(r,
                graph.Page.Comments(id, r.Query["after"], int.TryParse(r.Query["limit"], out var limit) ? limit : 25)));
            app.MapPost("/{version}/{id}/comments", (string id, HttpRequest r) => graph!.CommentReplyAnswers.TryDequeue(out var scripted)
                ? Results.Text(scripted.Body, "application/json", statusCode: scripted.Status)
                : graph.Answer(r, $$"""{"id": "{{id.Split('_')[0]}}_{{9000 + Interlocked.Increment(ref graph._replies)}}"}"""));
        });
        graph = new FakeMetaGraph(server);
        return graph;
    }

    public static string Error(int code, int? subcode, string message) => new JsonObject
    {
        ["error"] = new JsonObject { ["message"] = message, ["type"] = "OAuthException", ["code"] = code, ["error_subcode"] = subcode, ["fbtrace_id"] = "AbCdE2e" },
    }.ToJsonString();

    public ValueTask DisposeAsync() => Server.DisposeAsync();

    // A private reply answers with the Messenger thread the comment opened; a plain send with the documented example.
    private static async Task<string> SendApiAnswerAsync(HttpRequest request)
    {
        var body = await JsonNode.ParseAsync(request.Body);
        return body?["recipient"]?["comment_id"] is not null
            ? """{"recipient_id": "2711636948859886", "message_id": "m_PrivateReplyE2e0001"}"""
            : Fixtures.Text("facebook", "send_api_response.json");
    }

    private IResult Answer(HttpRequest request, string? body)
    {
        var authorized = request.Query["access_token"] == Token || request.Headers.Authorization == "Bearer " + Token;
        return !authorized ? Results.Text(Fixtures.Text("facebook", "send_api_error_invalid_token.json"), "application/json", statusCode: 400)
            : body is null ? Results.Text(Error(100, 33, "Unsupported get request."), "application/json", statusCode: 400)
            : Results.Text(body, "application/json");
    }
}
