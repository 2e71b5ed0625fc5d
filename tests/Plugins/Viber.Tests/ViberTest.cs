using System.Text;
using System.Text.Json.Nodes;
using OpenChannels.Abstractions.Hosting;
using OpenChannels.Abstractions.Inbound;
using OpenChannels.Plugins.Testing;

namespace OpenChannels.Plugins.Viber.Tests;

/// <summary>Settings, connections and signed callbacks shared by the Viber tests.</summary>
internal static class ViberTest
{
    public const string Token = "4453b6ac12345678-e02c5f12174805f9-daec9cbb5448c51f";
    public const string SignatureHeader = "X-Viber-Content-Signature";

    /// <summary>Sender values of the official send_message examples, so requests compare with the fixtures.</summary>
    public const string SenderName = "My Awesome Bote";
    public const string SenderAvatar = "http://avatar.example.com";

    public static Dictionary<string, string> Settings(string apiBaseUrl = "http://127.0.0.1:9", string? welcome = null)
    {
        var settings = new Dictionary<string, string>
        {
            ["authToken"] = Token,
            ["senderName"] = SenderName,
            ["senderAvatar"] = SenderAvatar,
            ["apiBaseUrl"] = apiBaseUrl,
        };
        if (welcome is not null)
        {
            settings["welcomeMessage"] = welcome;
        }

        return settings;
    }

    public static ConnectionContext Connection(string apiBaseUrl = "http://127.0.0.1:9", string? welcome = null, IConnectorStore? store = null) =>
        TestConnection.Create(Settings(apiBaseUrl, welcome), store);

    public static WebhookRequest Signed(byte[] body) => Webhooks.Post(body, (SignatureHeader, WebhookSignature.ComputeHmacSha256Hex(body, Token)));

    public static WebhookRequest Signed(string body) => Signed(Encoding.UTF8.GetBytes(body));

    public static async Task<WebhookResult> HandleAsync(byte[] body, string? welcome = null) =>
        await new ViberConnector().HandleWebhookAsync(Connection(welcome: welcome), Signed(body), CancellationToken.None);

    public static Task<WebhookResult> HandleAsync(string body, string? welcome = null) => HandleAsync(Encoding.UTF8.GetBytes(body), welcome);

    public static Task<WebhookResult> HandleFixtureAsync(string file, string? welcome = null) => HandleAsync(Fixtures.Bytes("viber", file), welcome);

    public static JsonNode Json(RecordedRequest request) => JsonNode.Parse(request.BodyText)!;

    public static JsonNode Fixture(string file) => JsonNode.Parse(Fixtures.Text("viber", file))!;
}
