using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Plugins.Testing;
using OpenChannels.Portal.ApiKeys;
using OpenChannels.Portal.Channels;
using OpenChannels.Portal.Connections;
using OpenChannels.Portal.Conversations;
using OpenChannels.Portal.Data;
using OpenChannels.Portal.Identity;

namespace OpenChannels.Portal.Tests.Infrastructure;

/// <summary>
/// A running portal with a connector plugin (loopback unless told otherwise), an administrator API client, one channel with one
/// connection, and a fake messenger (<see cref="Outbox"/>) that records every call the plugin makes and answers as the messenger does.
/// </summary>
public sealed class Desk : IAsyncDisposable
{
    public const string Secret = "desk-secret";
    public const string AdminKey = "oc_desk_admin_key_0123456789abcdef";
    public const string AdminEmail = "admin@example.com";

    private int _sent;

    private Desk(PortalFactory portal, FakePlatformServer outbox)
    {
        Portal = portal;
        Outbox = outbox;
        Api = portal.CreateClient();
        Api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AdminKey);
    }

    public PortalFactory Portal { get; }

    /// <summary>The fake messenger's server.</summary>
    public FakePlatformServer Outbox { get; }

    public HttpClient Api { get; }

    public Guid ChannelId { get; private set; }

    public Guid ConnectionId { get; private set; }

    /// <summary>The status code the outbox answers with; 200 gives the message an id.</summary>
    public int OutboxStatus { get; set; } = 200;

    /// <summary>A desk on the loopback connector, whose fake receiver answers as <see cref="OutboxStatus"/> says.</summary>
    public static async Task<Desk> StartAsync(ChannelInput? channel = null, string? dataDirectory = null, bool keepData = false, FakePlatformServer? outbox = null,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        Desk? desk = null;
        outbox ??= await FakePlatformServer.StartAsync(app => app.MapPost("/out", (Microsoft.AspNetCore.Http.HttpContext http) =>
            desk!.OutboxStatus == 200
                ? Microsoft.AspNetCore.Http.Results.Json(new { id = $"out-{Interlocked.Increment(ref desk._sent)}" })
                : Microsoft.AspNetCore.Http.Results.StatusCode(desk.OutboxStatus)));
        var loopback = new DeskConnector("loopback", outbox, new Dictionary<string, string> { ["secret"] = Secret, ["callbackUrl"] = outbox.Base + "/out" });
        (desk, var fresh) = Launch(loopback, dataDirectory, keepData, settings);
        await desk.OpenAsync(loopback, channel ?? new ChannelInput { Name = "Support", WelcomeMessage = "Hello! An agent will answer soon." }, fresh);
        return desk;
    }

    /// <summary>
    /// A desk on a real connector plugin talking to a fake of its messenger. On a data directory that already holds a connection
    /// (a restart), the stored channel and connection are used. <paramref name="environment"/> adds OPENCHANNELS_* settings.
    /// </summary>
    public static async Task<Desk> ConnectAsync(
        DeskConnector connector, ChannelInput? channel = null, string? dataDirectory = null, bool keepData = false, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var (desk, fresh) = Launch(connector, dataDirectory, keepData, environment);
        await desk.OpenAsync(connector, channel ?? new ChannelInput { Name = "Support" }, fresh);
        return desk;
    }

    private static (Desk Desk, bool Fresh) Launch(DeskConnector connector, string? dataDirectory, bool keepData, IReadOnlyDictionary<string, string?>? environment)
    {
        var data = dataDirectory ?? PortalFactory.NewDataDirectory();
        var fresh = !Directory.Exists(Path.Combine(data, "plugins", connector.PluginId));
        BuiltPlugins.CopyTo(connector.PluginId, Path.Combine(data, "plugins"));
        var settings = new Dictionary<string, string?>
        {
            ["OPENCHANNELS_ADMIN_EMAIL"] = AdminEmail,
            ["OPENCHANNELS_ADMIN_PASSWORD"] = TestAccounts.Password,
            ["OPENCHANNELS_API_KEY"] = AdminKey,
        };
        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return (new Desk(new PortalFactory(data, settings, keepData), connector.Platform), fresh);
    }

    private async Task OpenAsync(DeskConnector connector, ChannelInput channel, bool fresh)
    {
        if (fresh)
        {
            var created = await Api.PostAsJsonAsync("/api/v1/channels", channel);
            ChannelId = (await created.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<ChannelView>(Json))!.Id;
            var connection = await Api.PostAsJsonAsync($"/api/v1/channels/{ChannelId}/connections", new ConnectionInput(connector.PluginId, new(connector.Settings)));
            ConnectionId = (await connection.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<ConnectionView>(Json))!.Id;
        }
        else
        {
            await using var db = Db();
            ChannelId = await db.Channels.Select(c => c.Id).SingleAsync();
            ConnectionId = await db.Connections.Select(c => c.Id).SingleAsync();
        }
    }

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    public AppDbContext Db() => Portal.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext();

    /// <summary>The client writes through the loopback webhook, as the messenger would deliver it.</summary>
    public Task<HttpResponseMessage> ClientWritesAsync(string text, string messageId, string chatId = "chat-1", string userId = "user-1", string userName = "Maria Silva", string? secret = Secret) =>
        DeliverAsync(JsonSerializer.SerializeToUtf8Bytes(new { type = "message", chatId, messageId, userId, userName, text }), secret is null ? [] : [("X-Loopback-Secret", secret)]);

    /// <summary>The client taps a button (loopback "rating" event carrying the button's payload).</summary>
    public Task<HttpResponseMessage> ClientTapsAsync(string payload, string chatId = "chat-1") =>
        DeliverAsync(JsonSerializer.SerializeToUtf8Bytes(new { type = "rating", chatId, payload, messageId = Guid.NewGuid().ToString() }), ("X-Loopback-Secret", Secret));

    /// <summary>The messenger POSTs <paramref name="body"/> to the connection's webhook, exactly these bytes, with these headers.</summary>
    public Task<HttpResponseMessage> DeliverAsync(byte[] body, params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/webhooks/{ConnectionId}") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

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

    /// <summary>
    /// Waits until the conversation's automatic replies (the welcome) are delivered. Messages of one chat leave in order, so a
    /// reply posted while the welcome is still on its way waits behind it instead of being tried at once.
    /// </summary>
    public Task AutoRepliesDeliveredAsync(Guid conversationId) => EventuallyAsync(async () =>
    {
        await using var db = Db();
        return !await db.Messages.AnyAsync(m => m.ConversationId == conversationId && m.Kind == MessageKind.Auto && m.Delivery != DeliveryStatus.Sent);
    }, "the automatic replies are delivered");

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
