using System.Text;
using OpenChannels.Abstractions.Hosting;
using OpenChannels.Abstractions.Inbound;
using OpenChannels.Plugins.Meta.Tests;
using OpenChannels.Plugins.Testing;

namespace OpenChannels.Plugins.Instagram.Tests.Support;

/// <summary>A connection of the Instagram connector with an in-memory store and a hand-set clock.</summary>
internal sealed class IgHarness
{
    public const string AppSecret = "ig_app_secret";
    public const string VerifyToken = "ig-verify";
    public const string IgUserId = "1234567890";
    public const string Token = "IGQWRToken123";

    /// <summary>The <c>timestamp</c> of the courier Instagram fixtures.</summary>
    public static readonly DateTimeOffset FixtureTime = DateTimeOffset.FromUnixTimeMilliseconds(1459991487970);

    public IgHarness(string? graphBase = null)
    {
        Settings = new Dictionary<string, string>
        {
            ["igUserId"] = IgUserId,
            ["accessToken"] = Token,
            ["appSecret"] = AppSecret,
            ["verifyToken"] = VerifyToken,
            ["graphBaseUrl"] = graphBase ?? "https://graph.invalid",
            ["graphVersion"] = "v25.0",
        };
        Connection = TestConnection.Create(Settings, Store, Clock);
    }

    public Dictionary<string, string> Settings { get; }

    public InMemoryConnectorStore Store { get; } = new();

    public ManualClock Clock { get; } = new(FixtureTime.AddMinutes(5));

    public ConnectionContext Connection { get; }

    public InstagramConnector Connector { get; } = new();

    public static WebhookRequest Signed(byte[] body) =>
        Webhooks.Post(body, ("X-Hub-Signature-256", "sha256=" + WebhookSignature.ComputeHmacSha256Hex(body, AppSecret)));

    public Task<WebhookResult> PostFixtureAsync(string file) => PostAsync(Fixtures.Bytes("instagram", file));

    public Task<WebhookResult> PostAsync(string body) => PostAsync(Encoding.UTF8.GetBytes(body));

    public async Task<WebhookResult> PostAsync(byte[] body) => await Connector.HandleWebhookAsync(Connection, Signed(body), CancellationToken.None);
}
