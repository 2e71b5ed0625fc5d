using System.Text;
using OpenChannels.Abstractions.Hosting;
using OpenChannels.Abstractions.Inbound;
using OpenChannels.Plugins.Meta.Tests;
using OpenChannels.Plugins.Testing;

namespace OpenChannels.Plugins.Facebook.Tests.Support;

/// <summary>A connection of the Facebook connector with an in-memory store and a hand-set clock.</summary>
internal sealed class Harness
{
    public const string AppSecret = "fb_app_secret";
    public const string VerifyToken = "open-channels-verify";
    public const string PageId = "1234567890";
    public const string PageToken = "EAAPageToken123";

    /// <summary>The <c>timestamp</c> of the courier text fixtures (messages_text.json and friends).</summary>
    public static readonly DateTimeOffset FixtureTime = DateTimeOffset.FromUnixTimeMilliseconds(1459991487970);

    public Harness(string? graphBase = null)
    {
        Settings = new Dictionary<string, string>
        {
            ["pageId"] = PageId,
            ["pageAccessToken"] = PageToken,
            ["appSecret"] = AppSecret,
            ["verifyToken"] = VerifyToken,
            ["graphBaseUrl"] = graphBase ?? "https://graph.invalid",
            ["graphVersion"] = FakeGraph.Version,
        };
        Connection = TestConnection.Create(Settings, Store, Clock);
    }

    public Dictionary<string, string> Settings { get; }

    public InMemoryConnectorStore Store { get; } = new();

    public ManualClock Clock { get; } = new(FixtureTime.AddMinutes(5));

    public ConnectionContext Connection { get; }

    public FacebookConnector Connector { get; } = new();

    public static WebhookRequest Signed(byte[] body, string secret = AppSecret) =>
        Webhooks.Post(body, ("X-Hub-Signature-256", "sha256=" + WebhookSignature.ComputeHmacSha256Hex(body, secret)));

    public static WebhookRequest Signed(string body) => Signed(Encoding.UTF8.GetBytes(body));

    /// <summary>Wraps a documented single <c>messaging[]</c> item in the page envelope Meta posts.</summary>
    public static string Envelope(string messagingItem) =>
        $$"""{"object": "page", "entry": [{"id": "{{PageId}}", "time": 1458692752478, "messaging": [{{messagingItem}}]}]}""";

    public Task<WebhookResult> PostFixtureAsync(string file) => PostAsync(Fixtures.Bytes("facebook", file));

    public async Task<WebhookResult> PostAsync(byte[] body) =>
        await Connector.HandleWebhookAsync(Connection, Signed(body), CancellationToken.None);

    public async Task<WebhookResult> PostAsync(string body) => await PostAsync(Encoding.UTF8.GetBytes(body));
}
