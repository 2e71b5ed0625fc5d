using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Plugins.Testing;
using OpenChannels.Portal.Conversations;

namespace OpenChannels.Benchmarks.Infrastructure;

/// <summary>
/// A portal process with one channel (the administrator as its only agent) and one Telegram connection whose Bot API is a local
/// fake, plus the deliveries a Telegram server would make to it and counts of what the portal stored and routed.
/// </summary>
public sealed class TelegramDesk : IAsyncDisposable
{
    private TelegramDesk(BenchPortal portal, FakePlatformServer fake, Guid channel, Guid connection, string secret)
    {
        Portal = portal;
        Fake = fake;
        ChannelId = channel;
        ConnectionId = connection;
        Secret = secret;
        Webhook = new Uri(portal.BaseUrl, $"webhooks/{connection}");
    }

    public BenchPortal Portal { get; }

    public FakePlatformServer Fake { get; }

    public Guid ChannelId { get; }

    public Guid ConnectionId { get; }

    public string Secret { get; }

    public Uri Webhook { get; }

    public TelegramUpdates Updates { get; } = new();

    /// <param name="channel">Extra channel settings (API field names), e.g. <c>autoCloseMinutes</c>.</param>
    public static async Task<TelegramDesk> StartAsync(BenchOptions options, IDictionary<string, object?>? channel = null, IDictionary<string, string>? environment = null)
    {
        var fake = await FakeTelegramApi.StartAsync();
        var portal = await BenchPortal.StartAsync(options, environment);
        var me = await portal.Api.GetFromJsonAsync<JsonElement>("/api/v1/me");
        var input = new Dictionary<string, object?>
        {
            ["name"] = "Benchmark",
            ["members"] = new[] { new { userId = me.GetProperty("id").GetString(), inQueue = true } },
        };
        foreach (var (key, value) in channel ?? new Dictionary<string, object?>())
        {
            input[key] = value;
        }

        var channelId = await portal.CreateChannelAsync(input);
        var (connection, secret) = await portal.ConnectTelegramAsync(channelId, fake);
        return new TelegramDesk(portal, fake, channelId, connection, secret);
    }

    /// <summary>Telegram delivering update <paramref name="sequence"/> of chat <paramref name="chat"/> to the webhook, with the secret header.</summary>
    public HttpRequestMessage Delivery(long sequence, int chat, string text) => Delivery(Webhook, Secret, Updates.Create(sequence, chat, text));

    public static HttpRequestMessage Delivery(Uri url, string secret, byte[] body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add(TelegramUpdates.SecretHeader, secret);
        return request;
    }

    /// <summary>Client messages stored for this connection.</summary>
    public async Task<int> StoredAsync()
    {
        await using var db = Portal.Db();
        return await db.Messages.CountAsync(m => m.Kind == MessageKind.Client && db.Conversations.Any(c => c.Id == m.ConversationId && c.ConnectionId == ConnectionId));
    }

    /// <summary>Open sessions of this connection that routing has not offered to an agent yet.</summary>
    public async Task<int> UnroutedAsync()
    {
        await using var db = Portal.Db();
        return await db.Sessions.CountAsync(s => s.AssignmentNumber == 0 && s.EndedAt == null && db.Conversations.Any(c => c.Id == s.ConversationId && c.ConnectionId == ConnectionId));
    }

    /// <summary>Waits until <paramref name="stored"/> client messages are stored and every session is routed; false on timeout.</summary>
    public async Task<bool> WaitDrainedAsync(int stored, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            // The unrouted check is a range read; the stored count reads every message, so it runs only once routing is done
            // (acks come after the commit, so by the end of sending every acked message is stored anyway).
            if (await UnroutedAsync() == 0 && await StoredAsync() >= stored)
            {
                return true;
            }

            await Task.Delay(50);
        }

        return false;
    }

    public async ValueTask DisposeAsync()
    {
        await Portal.DisposeAsync();
        await Fake.DisposeAsync();
    }
}
