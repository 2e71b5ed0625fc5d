using System.Text;
using System.Text.Json.Nodes;
using OpenChannels.Abstractions.Hosting;
using OpenChannels.Plugins.Testing;

namespace OpenChannels.Portal.Tests.Connectors;

/// <summary>Meta webhook deliveries (Messenger, Instagram, Page feed) as Meta makes them: signed with the app secret.</summary>
internal static class MetaDelivery
{
    public const string AppSecret = "e2e_app_secret";
    public const string VerifyToken = "e2e-verify-token";

    public static (string Name, string Value)[] Signed(byte[] body, string secret = AppSecret) =>
        [("X-Hub-Signature-256", "sha256=" + WebhookSignature.ComputeHmacSha256Hex(body, secret))];

    /// <summary>
    /// A captured messaging payload with its timestamps moved to now. Meta measures its 24-hour reply window from the message's
    /// timestamp, and the captures are years old; every other value stays as captured.
    /// </summary>
    public static byte[] WrittenNow(string platform, string file)
    {
        var root = JsonNode.Parse(Fixtures.Text(platform, file))!;
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        foreach (var entry in root["entry"]!.AsArray())
        {
            entry!["time"] = now;
            foreach (var item in entry["messaging"]!.AsArray())
            {
                item!["timestamp"] = now;
            }
        }

        return Encoding.UTF8.GetBytes(root.ToJsonString());
    }
}
