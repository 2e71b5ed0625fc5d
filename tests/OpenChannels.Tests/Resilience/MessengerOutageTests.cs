using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Plugins.Testing;
using OpenChannels.Portal.Conversations;
using OpenChannels.Portal.Tests.Infrastructure;

namespace OpenChannels.Portal.Tests.Resilience;

/// <summary>
/// The messenger behind the loopback connector is a real local HTTP server that goes through an outage (429 with Retry-After,
/// then a 500, then a request that never answers in time) before it recovers. Every outgoing message is delivered once, in the
/// order it was written within its chat, or marked failed with the messenger's reason: nothing is dropped silently.
/// </summary>
public sealed class MessengerOutageTests
{
    private static readonly Dictionary<string, string?> ShortHttpTimeout = new() { ["OPENCHANNELS_PLUGIN_HTTP_TIMEOUT_SECONDS"] = "2" };

    [Fact]
    public async Task Send_429Then500ThenTimeoutThenRecovery_EveryMessageDeliveredOnceInOrderPerChat()
    {
        var messenger = new OutageMessenger();
        messenger.Script.Enqueue(Failure.TooManyRequests);
        messenger.Script.Enqueue(Failure.ServerError);
        messenger.Script.Enqueue(Failure.Hang);
        await using var desk = await StartAsync(messenger);
        var chats = new[] { "chat-a", "chat-b" };
        var conversations = new Dictionary<string, Guid>();
        foreach (var chat in chats)
        {
            (await desk.ClientWritesAsync("hello", "in-" + chat, chatId: chat, userId: chat + "-user")).EnsureSuccessStatusCode();
            conversations[chat] = await ConversationAsync(desk, chat);
        }

        // Agents write three replies in each chat while the messenger is down; the first hits the outage, the others queue behind it.
        var written = new List<(string Chat, string Text)>();
        foreach (var i in Enumerable.Range(1, 3))
        {
            foreach (var chat in chats)
            {
                var text = $"{chat} reply {i}";
                (await desk.Api.PostAsJsonAsync($"/api/v1/conversations/{conversations[chat]}/messages", new { text })).EnsureSuccessStatusCode();
                written.Add((chat, text));
            }
        }

        await Desk.EventuallyAsync(async () =>
        {
            await using var db = desk.Db();
            return await db.Messages.CountAsync(m => m.Kind == MessageKind.Agent && m.Delivery == DeliveryStatus.Sent) == written.Count;
        }, "every reply is sent after the outage", seconds: 180);

        Assert.Empty(messenger.Script);
        foreach (var chat in chats)
        {
            Assert.Equal(written.Where(w => w.Chat == chat).Select(w => w.Text), messenger.Accepted.Where(a => a.Chat == chat).Select(a => a.Text));
        }
    }

    [Fact]
    public async Task Send_MessengerRefusesOne_MarkedFailedWithReason_LaterOnesStillDelivered()
    {
        var messenger = new OutageMessenger();
        await using var desk = await StartAsync(messenger);
        (await desk.ClientWritesAsync("hello", "in-1")).EnsureSuccessStatusCode();
        var conversation = await ConversationAsync(desk, "chat-1");
        messenger.Script.Enqueue(Failure.ServerError);
        messenger.Script.Enqueue(Failure.Refused);

        foreach (var text in new[] { "first", "second", "third" })
        {
            (await desk.Api.PostAsJsonAsync($"/api/v1/conversations/{conversation}/messages", new { text })).EnsureSuccessStatusCode();
        }

        await Desk.EventuallyAsync(async () =>
        {
            await using var db = desk.Db();
            return !await OutboundSender.Pending(db, conversation).AnyAsync();
        }, "no reply is left pending", seconds: 120);

        await using var check = desk.Db();
        var first = await check.Messages.SingleAsync(m => m.ConversationId == conversation && m.Text == "first");
        Assert.Equal(DeliveryStatus.Failed, first.Delivery);
        Assert.Contains("400", first.DeliveryError, StringComparison.Ordinal);
        Assert.Equal(["second", "third"], messenger.Accepted.Select(a => a.Text));
        var listed = await desk.Api.GetFromJsonAsync<JsonElement>($"/api/v1/conversations/{conversation}/messages?limit=50");
        var failed = listed.EnumerateArray().Single(m => m.GetProperty("text").GetString() == "first");
        Assert.Equal("Failed", failed.GetProperty("delivery").GetString());
        Assert.Contains("400", failed.GetProperty("deliveryError").GetString(), StringComparison.Ordinal);
    }

    private static async Task<Desk> StartAsync(OutageMessenger messenger)
    {
        var outbox = await FakePlatformServer.StartAsync(app => app.MapPost("/out", (Func<HttpContext, Task<IResult>>)messenger.AnswerAsync));
        return await Desk.StartAsync(new() { Name = "Support" }, outbox: outbox, settings: ShortHttpTimeout);
    }

    private static async Task<Guid> ConversationAsync(Desk desk, string chat)
    {
        Guid id = default;
        await Desk.EventuallyAsync(async () =>
        {
            await using var db = desk.Db();
            id = await db.Conversations.Where(c => c.ExternalChatId == chat).Select(c => c.Id).FirstOrDefaultAsync();
            return id != default;
        }, "the conversation of " + chat + " is stored", seconds: 60);
        return id;
    }

    private enum Failure
    {
        TooManyRequests,
        ServerError,
        Hang,
        Refused,
    }

    /// <summary>Answers each request with the next scripted failure, then accepts; records what it accepted, in order.</summary>
    private sealed class OutageMessenger
    {
        private int _next;

        public ConcurrentQueue<Failure> Script { get; } = new();

        public ConcurrentQueue<(string Chat, string Text)> Accepted { get; } = new();

        public async Task<IResult> AnswerAsync(HttpContext http)
        {
            var body = await JsonSerializer.DeserializeAsync<JsonElement>(http.Request.Body);
            if (body.GetProperty("type").GetString() != "message")
            {
                return Results.Json(new { id = "other" });
            }

            if (Script.TryDequeue(out var failure))
            {
                switch (failure)
                {
                    case Failure.TooManyRequests:
                        http.Response.Headers.RetryAfter = "1";
                        return Results.StatusCode(StatusCodes.Status429TooManyRequests);
                    case Failure.ServerError:
                        return Results.StatusCode(StatusCodes.Status500InternalServerError);
                    case Failure.Hang:
                        // Longer than the plugin's 2 s HTTP timeout; the late answer is an error the connector no longer reads.
                        await Task.Delay(TimeSpan.FromSeconds(6), CancellationToken.None);
                        return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
                    default:
                        return Results.Text("{\"error\":\"chat not found\"}", "application/json", statusCode: StatusCodes.Status400BadRequest);
                }
            }

            Accepted.Enqueue((body.GetProperty("chatId").GetString()!, body.GetProperty("text").GetString()!));
            return Results.Json(new { id = $"out-{Interlocked.Increment(ref _next)}" });
        }
    }
}
