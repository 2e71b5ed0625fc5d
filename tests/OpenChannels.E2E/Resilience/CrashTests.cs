using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using OpenChannels.E2E.Infrastructure;
using Xunit.Abstractions;

namespace OpenChannels.E2E.Resilience;

/// <summary>
/// kill -9 of the portal (SQLite) while four senders stream webhooks in, then a restart on the same data directory. Every
/// webhook that got a 2xx is stored once and routed (its chat gets its welcome); the messenger's redeliveries (every non-2xx and
/// some 2xx ones) store nothing twice; a reply waiting for a retry, a pin's expiry and the auto-close due after the restart each
/// happen once.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class CrashTests(ITestOutputHelper output)
{
    private const string Secret = "loopback-secret-crash";
    private const string ApiKey = "oc_crash_0123456789abcdef";
    private const string Welcome = "Hello, an agent will answer soon.";
    private const string Closing = "This conversation was closed. Write again any time!";
    private const int Senders = 4;

    private static readonly Dictionary<string, string> Environment = new()
    {
        ["OPENCHANNELS_ADMIN_EMAIL"] = "crash@example.com",
        ["OPENCHANNELS_ADMIN_PASSWORD"] = "crash-password-0123",
        ["OPENCHANNELS_API_KEY"] = ApiKey,
        ["OPENCHANNELS_INACTIVITY_CHECK_SECONDS"] = "2",
        ["OPENCHANNELS_WEBHOOK_RATE"] = "100000",
    };

    [Fact]
    public async Task KillDuringWebhookStream_Restart_AcknowledgedStoredOnceRoutedAndDueJobsRunOnce()
    {
        await using var receiver = new LoopbackReceiver();
        var first = await PortalProcess.StartAsync(Environment);
        PortalProcess? second = null;
        try
        {
            string webhook;
            string replyChat = "chat-reply";
            string pinned;
            using (var api = Api(first))
            {
                webhook = await ChannelAsync(api, receiver);

                // A reply the messenger asks to retry in 20 s: its persistent retry job is due only after the restart.
                (await WriteAsync(api, webhook, replyChat, "r-1")).EnsureSuccessStatusCode();
                Assert.True(await receiver.WaitForTextAsync(Welcome, TimeSpan.FromSeconds(60)), "the welcome never reached the client");
                var conversation = await ConversationIdAsync(first, replyChat);
                receiver.FailWith = 429;
                receiver.RetryAfterSeconds = 20;
                (await api.PostAsJsonAsync($"api/v1/conversations/{conversation}/messages", new { text = "reply before the crash" })).EnsureSuccessStatusCode();

                // A pin for one minute: its expiry job is due only after the restart, and auto-close applies to the chat after it.
                (await api.PostAsJsonAsync($"api/v1/conversations/{conversation}/actions/pin", new { minutes = 1 })).EnsureSuccessStatusCode();
                pinned = conversation;
            }

            // Four senders stream; the portal is killed mid-stream.
            var acknowledged = new ConcurrentBag<string>();
            var refused = new ConcurrentBag<string>();
            using var stop = new CancellationTokenSource();
            var streams = Enumerable.Range(0, Senders).Select(s => Task.Run(() => StreamAsync(first, webhook, s, acknowledged, refused, stop.Token))).ToArray();
            await EventuallyAsync(() => acknowledged.Count >= 40, "40 webhooks acknowledged before the kill");

            await first.KillAsync();
            await stop.CancelAsync();
            await Task.WhenAll(streams);
            Assert.NotEmpty(acknowledged);

            receiver.FailWith = null;
            second = await PortalProcess.StartAsync(Environment, first.DataDirectory);
            using (var api = Api(second))
            {
                // The messenger redelivers what it got no 2xx for, and some of what it did (at-least-once delivery).
                foreach (var id in refused.Concat(acknowledged.Where((_, i) => i % 3 == 0)))
                {
                    (await WriteAsync(api, webhook, ChatOf(id), id)).EnsureSuccessStatusCode();
                }
            }

            var stored = await StoredExternalIdsAsync(second);
            Assert.All(acknowledged, id => Assert.Equal(1, stored.Count(s => s == id)));
            Assert.All(refused, id => Assert.Equal(1, stored.Count(s => s == id)));
            Assert.Equal(stored.Count, stored.Distinct().Count());

            // Routed: every chat gets its welcome once; the reply's retry, the pin's expiry and the auto-close (idle one minute) each happen once.
            var chats = acknowledged.Concat(refused).Select(ChatOf).Append(replyChat).Distinct().ToList();
            Assert.True(await receiver.WaitForTextAsync("reply before the crash", TimeSpan.FromSeconds(120)), "the retry scheduled before the crash never ran");
            await EventuallyAsync(() => chats.All(c => Texts(receiver, c).Contains(Closing)), "every chat is auto-closed", seconds: 180);
            await Task.Delay(TimeSpan.FromSeconds(6)); // several more inactivity checks run; none may close again
            foreach (var chat in chats)
            {
                Assert.True(DistinctSends(receiver, chat, Welcome) == 1, $"{chat} got {DistinctSends(receiver, chat, Welcome)} welcomes: {string.Join(" | ", Texts(receiver, chat))}");
                Assert.True(DistinctSends(receiver, chat, Closing) == 1, $"{chat} got {DistinctSends(receiver, chat, Closing)} closings");
            }

            Assert.Equal(1, DistinctSends(receiver, replyChat, "reply before the crash"));
            Assert.Single(receiver.Received, e => e.GetProperty("text").GetString() == "reply before the crash");
            Assert.Equal(0, await CountAsync(second, "SELECT COUNT(*) FROM Messages WHERE Delivery IN ('Sending', 'RetryScheduled', 'Failed')"));
            Assert.Equal(1, await CountAsync(second, $"SELECT COUNT(*) FROM Messages WHERE lower(ConversationId) = '{pinned}' AND Text = 'Line.PinExpired'"));
            Assert.Equal(0, await CountAsync(second, $"SELECT COUNT(*) FROM Conversations WHERE lower(Id) = '{pinned}' AND PinnedUntil IS NOT NULL"));
        }
        catch
        {
            output.WriteLine("before the kill:\n" + first.Output + "\nafter the restart:\n" + second?.Output);
            throw;
        }
        finally
        {
            if (second is not null)
            {
                await second.DisposeAsync();
            }

            await first.DisposeAsync();
        }
    }

    private static async Task StreamAsync(PortalProcess portal, string webhook, int sender, ConcurrentBag<string> acknowledged, ConcurrentBag<string> refused, CancellationToken stop)
    {
        using var http = new HttpClient { BaseAddress = portal.BaseUrl, Timeout = TimeSpan.FromSeconds(30) };
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            // Each sender writes in three chats of its own, so new conversations keep starting during the kill.
            var id = $"s{sender}-c{i % 3}-m{i}";
            try
            {
                using var response = await WriteAsync(http, webhook, ChatOf(id), id);
                (response.IsSuccessStatusCode ? acknowledged : refused).Add(id);
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                refused.Add(id); // the connection broke: the messenger does not know whether it was stored, and delivers again
                return;
            }
        }
    }

    private static string ChatOf(string id) => id[..id.LastIndexOf('-')];

    private static async Task<HttpResponseMessage> WriteAsync(HttpClient http, string webhook, string chatId, string messageId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, webhook)
        {
            Content = JsonContent.Create(new { type = "message", chatId, messageId, userId = chatId + "-user", userName = "Client " + chatId, text = "text " + messageId }),
        };
        request.Headers.Add("X-Loopback-Secret", Secret);
        return await http.SendAsync(request);
    }

    private static HttpClient Api(PortalProcess portal)
    {
        var http = new HttpClient { BaseAddress = portal.BaseUrl, Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ApiKey);
        return http;
    }

    private static async Task<string> ChannelAsync(HttpClient api, LoopbackReceiver receiver)
    {
        var created = await api.PostAsJsonAsync("api/v1/channels", new { name = "Crash", welcomeMessage = Welcome, closingMessage = Closing, autoCloseMinutes = 1 });
        var channel = (await created.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var connected = await api.PostAsJsonAsync($"api/v1/channels/{channel}/connections",
            new { connector = "loopback", settings = new { secret = Secret, callbackUrl = receiver.Url.ToString() } });
        return $"webhooks/{(await connected.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid()}";
    }

    private static IEnumerable<string> Texts(LoopbackReceiver receiver, string chat) => receiver.Received
        .Where(e => e.GetProperty("type").GetString() == "message" && e.GetProperty("chatId").GetString() == chat)
        .Select(e => e.GetProperty("text").GetString() ?? "");

    /// <summary>How many different stored messages with this text reached the chat (a resend after a crash repeats a local id).</summary>
    private static int DistinctSends(LoopbackReceiver receiver, string chat, string text) => receiver.Received
        .Where(e => e.GetProperty("type").GetString() == "message" && e.GetProperty("chatId").GetString() == chat && e.GetProperty("text").GetString() == text)
        .Select(e => e.GetProperty("localId").GetString()).Distinct().Count();

    private static async Task<string> ConversationIdAsync(PortalProcess portal, string chat)
    {
        string? id = null;
        await EventuallyAsync(async () =>
        {
            await using var db = Open(portal);
            await using var command = new SqliteCommand("SELECT Id FROM Conversations WHERE ExternalChatId = $chat", db);
            command.Parameters.AddWithValue("$chat", chat);
            id = (await command.ExecuteScalarAsync())?.ToString();
            return id is not null;
        }, "the conversation of " + chat + " is stored");
        return id!.ToLowerInvariant();
    }

    private static async Task<List<string>> StoredExternalIdsAsync(PortalProcess portal)
    {
        await using var db = Open(portal);
        await using var command = new SqliteCommand("SELECT ExternalId FROM Messages WHERE Kind = 'Client'", db);
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new List<string>();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    private static async Task<long> CountAsync(PortalProcess portal, string sql)
    {
        await using var db = Open(portal);
        await using var command = new SqliteCommand(sql, db);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static SqliteConnection Open(PortalProcess portal)
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(portal.DataDirectory, "openchannels.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return connection;
    }

    private static Task EventuallyAsync(Func<bool> condition, string what, int seconds = 60) => EventuallyAsync(() => Task.FromResult(condition()), what, seconds);

    private static async Task EventuallyAsync(Func<Task<bool>> condition, string what, int seconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{what} did not happen within {seconds} s");
            }

            await Task.Delay(250);
        }
    }
}
