using System.Text.Json;
using OpenChannels.Abstractions.Hosting;
using OpenChannels.Plugins.Testing;
using OpenChannels.Portal.Tests.Connectors;
using OpenChannels.Portal.Tests.Connectors.Fakes;
using OpenChannels.Portal.Tests.Infrastructure;
using OpenChannels.Portal.Tests.Widget;
using OpenChannels.Portal.Widget;

namespace OpenChannels.Portal.Tests.Security.Fuzzing;

/// <summary>
/// Every endpoint that takes bodies from outside the portal, with the real payloads it is sent. The malformed-input suite runs
/// against each entry of <see cref="All"/>: a new connector or public endpoint (the web chat widget's <c>/widget/...</c>) is covered
/// by adding one entry here.
/// </summary>
public static class WebhookTargets
{
    public static IReadOnlyList<WebhookTarget> All { get; } =
    [
        new("loopback", settings => Desk.StartAsync(settings: settings), Webhook, LoopbackSeeds(), (_, _) => [("X-Loopback-Secret", Desk.Secret)]),
        new("telegram", settings => Connect(Telegram, settings), Webhook, Shared("telegram", "update_"), TelegramSecret),
        new("facebook", settings => Connect(Facebook, settings), Webhook,
            Shared("facebook", "message", "official_", "feed_", "batched_"), (_, body) => MetaDelivery.Signed(body)),
        new("instagram", settings => Connect(Instagram, settings), Webhook, Shared("instagram", ""), (_, body) => MetaDelivery.Signed(body)),
        new("viber", settings => Connect(Viber, settings), Webhook,
            Shared("viber", "message_", "conversation_", "subscribed", "unsubscribed", "seen", "delivered", "failed", "webhook"),
            (_, body) => [("X-Viber-Content-Signature", WebhookSignature.ComputeHmacSha256Hex(body, FakeViberApi.Token))]),
        Widget("visitor", new { token = (string?)null }, new { token = (string?)null, name = "Maria Silva", email = "maria@example.com", phone = "+55 11 91234-5678" }),
        Widget("offline", new { id = "v-offline-0001", name = "Ana", email = "ana@example.com", text = "Olá, preciso de ajuda", lang = "pt-BR" }),
        Widget("read", new { ids = new[] { "wc-1", "wc-2" } }),
        Widget("rating", new { payload = "rating:" + Guid.Empty.ToString("N") + ":positive", id = "v-rating-0001" }),
    ];

    public static TheoryData<string> Names() => new(All.Select(t => t.Name));

    public static WebhookTarget Named(string name) => All.Single(t => t.Name == name);

    private static async Task<Desk> Connect(Func<Task<DeskConnector>> connector, IReadOnlyDictionary<string, string?> settings) =>
        await Desk.ConnectAsync(await connector(), environment: settings);

    private static string Webhook(Desk desk) => $"/webhooks/{desk.ConnectionId}";

    /// <summary>
    /// A widget JSON endpoint, called as the embedded script calls it: from an allowed origin with a visitor token (a body without
    /// them is refused by the origin check, 403). The rates are raised so every body reaches the parser instead of a 429.
    /// </summary>
    private static WebhookTarget Widget(string route, params object[] seeds) => new(
        "widget-" + route,
        async settings => (await WidgetDesk.StartAsync(environment: new Dictionary<string, string?>(settings)
        {
            ["OPENCHANNELS_WIDGET_RATE_PER_IP"] = "1000000", ["OPENCHANNELS_WIDGET_RATE_PER_VISITOR"] = "1000000",
        })).Desk,
        desk => $"/widget/{desk.ConnectionId}/{route}",
        seeds.Select(s => JsonSerializer.SerializeToUtf8Bytes(s)).ToArray(),
        (desk, _) => [("Origin", WidgetDesk.Origin), ("Authorization", "Bearer " + WidgetToken(desk))],
        Unauthenticated: 403);

    private static string WidgetToken(Desk desk) =>
        desk.Portal.Services.GetRequiredService<VisitorTokens>().Issue(desk.ConnectionId, VisitorTokens.NewVisitor());

    private static async Task<DeskConnector> Telegram()
    {
        var api = await FakeBotApi.StartAsync();
        return new DeskConnector("telegram", api, new Dictionary<string, string> { ["botToken"] = FakeBotApi.Token, ["apiBaseUrl"] = api.Base });
    }

    private static async Task<DeskConnector> Facebook() => FacebookEndToEndTests.Connector(await FakeMetaGraph.StartAsync(), FacebookEndToEndTests.PageId);

    private static async Task<DeskConnector> Instagram() =>
        MetaDelivery.Connector("instagram", await FakeMetaGraph.StartAsync(), ("igUserId", "1234567890"), "accessToken");

    private static async Task<DeskConnector> Viber()
    {
        var api = await FakeViberApi.StartAsync();
        return new DeskConnector("viber", api, new Dictionary<string, string>
        {
            ["authToken"] = FakeViberApi.Token, ["senderName"] = "Shop", ["apiBaseUrl"] = api.Base,
        });
    }

    private static (string Name, string Value)[] TelegramSecret(Desk desk, byte[] body)
    {
        var registration = JsonDocument.Parse(desk.Outbox.To("/setWebhook")[0].Body).RootElement;
        return [("X-Telegram-Bot-Api-Secret-Token", registration.GetProperty("secret_token").GetString()!)];
    }

    /// <summary>The inbound payloads among the captured fixtures of a platform: files whose names start with one of the prefixes.</summary>
    private static byte[][] Shared(string platform, params string[] prefixes) =>
        Directory.GetFiles(Path.Combine(Fixtures.Directory, platform), "*.json")
            .Select(Path.GetFileName)
            .Where(f => prefixes.Any(p => f!.StartsWith(p, StringComparison.Ordinal)) && !f!.Contains("signature", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => BodyFuzzer.Valid(Fixtures.Bytes(platform, f!)))
            .ToArray();

    private static byte[][] LoopbackSeeds() =>
    [
        JsonSerializer.SerializeToUtf8Bytes(new { type = "message", chatId = "chat-1", messageId = "m-1", userId = "user-1", userName = "Maria Silva", text = "Olá, preciso de ajuda" }),
        JsonSerializer.SerializeToUtf8Bytes(new { type = "rating", chatId = "chat-1", payload = "rate:1", messageId = "tap-1" }),
        JsonSerializer.SerializeToUtf8Bytes(new { type = "edit", chatId = "chat-1", messageId = "m-1", text = "edited" }),
        JsonSerializer.SerializeToUtf8Bytes(new { type = "delete", chatId = "chat-1", messageId = "m-1" }),
    ];
}
