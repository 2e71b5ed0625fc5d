using System.Text;
using System.Text.Json.Nodes;
using OpenChannels.Abstractions.Hosting;
using OpenChannels.Plugins.Testing;
using OpenChannels.Portal.Tests.Connectors.Fakes;
using OpenChannels.Portal.Tests.Infrastructure;

namespace OpenChannels.Portal.Tests.Connectors;

/// <summary>Meta webhook deliveries (Messenger, Instagram, Page feed) as Meta makes them: signed with the app secret.</summary>
internal static class MetaDelivery
{
    public const string AppSecret = "e2e_app_secret";
    public const string VerifyToken = "e2e-verify-token";

    /// <summary>A Meta connector's connection to the fake Graph: the account id and token under the plugin's own keys.</summary>
    public static DeskConnector Connector(string pluginId, FakeMetaGraph graph, (string Key, string Value) account, string tokenKey) =>
        new(pluginId, graph.Server, new Dictionary<string, string>
        {
            [account.Key] = account.Value,
            [tokenKey] = FakeMetaGraph.Token,
            ["appSecret"] = AppSecret,
            ["verifyToken"] = VerifyToken,
            ["graphBaseUrl"] = graph.Base,
            ["graphVersion"] = FakeMetaGraph.Version,
        });

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
