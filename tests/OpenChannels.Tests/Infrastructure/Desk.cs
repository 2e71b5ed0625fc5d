using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Plugins.Testing;
using OpenChannels.Portal.ApiKeys;
using OpenChannels.Portal.Channels;
using OpenChannels.Portal.Connections;
using OpenChannels.Portal.Data;
using OpenChannels.Portal.Identity;

namespace OpenChannels.Portal.Tests.Infrastructure;

/// <summary>
/// A running portal with the loopback connector, an administrator API client, one channel with one loopback connection, and a
/// fake receiver (<see cref="Outbox"/>) standing in for the messenger: it records every outgoing call and answers like loopback expects.
/// </summary>
public sealed class Desk : IAsyncDisposable
{
    public const string Secret = "desk-secret";
    public const string AdminKey = "oc_desk_admin_key_0123456789abcdef";

    private int _sent;

    private Desk(PortalFactory portal, FakePlatformServer outbox)
    {
        Portal = portal;
        Outbox = outbox;
        Api = portal.CreateClient();
        Api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AdminKey);
    }

    public PortalFactory Portal { get; }

    public FakePlatformServer Outbox { get; }

    public HttpClient Api { get; }

    public Guid ChannelId { get; private set; }

    public Guid ConnectionId { get; private set; }

    /// <summary>The status code the outbox answers with; 200 gives the message an id.</summary>
    public int OutboxStatus { get; set; } = 200;

    public static async Task<Desk> StartAsync(ChannelInput? channel = null, string? dataDirectory = null, bool keepData = false, FakePlatformServer? outbox = null,
        IDictionary<string, string?>? settings = null)
    {
        Desk? desk = null;
        outbox ??= await FakePlatformServer.StartAsync(app => app.MapPost("/out", (Microsoft.AspNetCore.Http.HttpContext http) =>
            desk!.OutboxStatus == 200
                ? Microsoft.AspNetCore.Http.Results.Json(new { id = $"out-{Interlocked.Increment(ref desk._sent)}" })
                : Microsoft.AspNetCore.Http.Results.StatusCode(desk.OutboxStatus)));
        var data = dataDirectory ?? PortalFactory.NewDataDirectory();
        var fresh = !Directory.Exists(Path.Combine(data, "plugins", "loopback"));
        BuiltPlugins.CopyTo("loopback", Path.Combine(data, "plugins"));
        var portal = new PortalFactory(data, new Dictionary<string, string?>
        {
            ["OPENCHANNELS_ADMIN_EMAIL"] = "admin@example.com",
            ["OPENCHANNELS_ADMIN_PASSWORD"] = TestAccounts.Password,
            ["OPENCHANNELS_API_KEY"] = AdminKey,
        }.Concat(settings ?? new Dictionary<string, string?>()).ToDictionary(), keepData);
        desk = new Desk(portal, outbox);
        if (fresh)
        {
            var created = await desk.Api.PostAsJsonAsync("/api/v1/channels", channel ?? new ChannelInput { Name = "Support", WelcomeMessage = "Hello! An agent will answer soon." });
            desk.ChannelId = (await created.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<ChannelView>(Json))!.Id;
            var connection = await desk.Api.PostAsJsonAsync($"/api/v1/channels/{desk.ChannelId}/connections",
                new ConnectionInput("loopback", new Dictionary<string, string> { ["secret"] = Secret, ["callbackUrl"] = outbox.Base + "/out" }));
            desk.ConnectionId = (await connection.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<ConnectionView>(Json))!.Id;
        }
        else
        {
            await using var db = desk.Db();
            desk.ChannelId = await db.Channels.Select(c => c.Id).SingleAsync();
            desk.ConnectionId = await db.Connections.Select(c => c.Id).SingleAsync();
        }

        return desk;
    }

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    public AppDbContext Db() => Portal.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext();

    /// <summary>The client writes through the loopback webhook, as the messenger would deliver it.</summary>
    public Task<HttpResponseMessage> ClientWritesAsync(string text, string messageId, string chatId = "chat-1", string userId = "user-1", string userName = "Maria Silva", string? secret = Secret)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/webhooks/{ConnectionId}")
        {
            Content = JsonContent.Create(new { type = "message", chatId, messageId, userId, userName, text }),
        };
        if (secret is not null)
        {
            request.Headers.Add("X-Loopback-Secret", secret);
        }

        return Portal.CreateClient().SendAsync(request);
    }

    /// <summary>The client taps a button (loopback "rating" event carrying the button's payload).</summary>
    public Task<HttpResponseMessage> ClientTapsAsync(string payload, string chatId = "chat-1")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/webhooks/{ConnectionId}")
        {
            Content = JsonContent.Create(new { type = "rating", chatId, payload, messageId = Guid.NewGuid().ToString() }),
        };
        request.Headers.Add("X-Loopback-Secret", Secret);
        return Portal.CreateClient().SendAsync(request);
    }

    /// <summary>Outgoing messages the messenger received (loopback posts type "message").</summary>
    public IReadOnlyList<JsonElement> Delivered(string type = "message") =>
        Outbox.To("/out").Select(r => JsonDocument.Parse(r.Body).RootElement).Where(e => e.GetProperty("type").GetString() == type).ToList();

    /// <summary>An employee with an API client acting as them.</summary>
    public async Task<(string Id, HttpClient Api)> EmployeeAsync(string email, string role = Roles.Agent)
    {
        var id = await TestAccounts.CreateAsync(Portal, email, role);
        var (_, secret) = await Portal.Services.GetRequiredService<ApiKeyService>().CreateAsync(email, id, CancellationToken.None);
        var client = Portal.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return (id, client);
    }

    public async Task SetMembersAsync(params string[] userIds)
    {
        var channel = (await Api.GetFromJsonAsync<ChannelView>($"/api/v1/channels/{ChannelId}", Json))!;
        var response = await Api.PutAsJsonAsync($"/api/v1/channels/{ChannelId}", channel.Settings with { Members = userIds.Select(u => new ChannelMemberInput(u)).ToList() });
        response.EnsureSuccessStatusCode();
    }

    public static async Task EventuallyAsync(Func<Task<bool>> condition, string what, int seconds = 20)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out waiting until {what}.");
            }

            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Api.Dispose();
        await Portal.DisposeAsync();
        await Outbox.DisposeAsync();
    }
}
