using System.Text.Json;
using OpenChannels.Plugins.Testing;
using OpenChannels.Portal.Tests.Connectors.Fakes;
using OpenChannels.Portal.Tests.Infrastructure;

namespace OpenChannels.Portal.Tests.Connectors;

/// <summary>Telegram end to end: setWebhook at activation, the secret-token header on updates, sendMessage for replies.</summary>
public sealed class TelegramEndToEndTests : ConnectorEndToEndTest
{
    protected override string ChatId => "3527065";

    protected override string ClientName => "Nic Pottier";

    // The fake numbers messages from 701; the portal keeps Telegram ids as {chat_id}:{message_id}.
    protected override string SentMessageId => "3527065:701";

    protected override async Task<DeskConnector> ConnectAsync()
    {
        var api = await FakeBotApi.StartAsync();

        // No secret token: the plugin generates one at activation and hands it to setWebhook.
        return new DeskConnector("telegram", api, new Dictionary<string, string> { ["botToken"] = FakeBotApi.Token, ["apiBaseUrl"] = api.Base });
    }

    protected override byte[] Inbound() => Fixtures.Bytes("telegram", "update_private_text.json");

    protected override (string Name, string Value)[] Authentic(Desk desk, byte[] body) => [("X-Telegram-Bot-Api-Secret-Token", SetWebhook(desk).GetProperty("secret_token").GetString()!)];

    protected override (string Name, string Value)[] Forged(byte[] body) => [("X-Telegram-Bot-Api-Secret-Token", "guessed_secret-token")];

    protected override (string ChatId, string Text) SentReply(Desk desk)
    {
        var send = JsonDocument.Parse(Assert.Single(desk.Outbox.To("/sendMessage")).Body).RootElement;
        return (send.GetProperty("chat_id").ToString(), send.GetProperty("text").GetString()!);
    }

    [Fact]
    public async Task Activation_NewConnection_RegistersTheWebhookUrlWithAGeneratedSecret()
    {
        await using var desk = await StartAsync();

        var registration = SetWebhook(desk);

        Assert.Equal($"https://portal.test/webhooks/{desk.ConnectionId}", registration.GetProperty("url").GetString());
        Assert.Matches("^[A-Za-z0-9_-]{32,256}$", registration.GetProperty("secret_token").GetString());
        Assert.Equal(["message", "edited_message", "callback_query", "my_chat_member"],
            registration.GetProperty("allowed_updates").EnumerateArray().Select(u => u.GetString()));
        Assert.StartsWith($"/bot{FakeBotApi.Token}/", desk.Outbox.To("/setWebhook")[0].Path, StringComparison.Ordinal);
    }

    private static JsonElement SetWebhook(Desk desk) => JsonDocument.Parse(Assert.Single(desk.Outbox.To("/setWebhook")).Body).RootElement;
}
