using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Abstractions.Hosting;
using OpenChannels.Plugins.Testing;
using OpenChannels.Portal.Tests.Connectors.Fakes;
using OpenChannels.Portal.Tests.Infrastructure;

namespace OpenChannels.Portal.Tests.Connectors;

/// <summary>Viber end to end: set_webhook at activation, X-Viber-Content-Signature on callbacks, send_message for replies.</summary>
public sealed class ViberEndToEndTests : ConnectorEndToEndTest
{
    protected override string ChatId => "xy5/5y6O81+/kbWHpLhBoA==";

    protected override string ClientName => "ET3";

    protected override string SentMessageId => "1234567890";

    protected override async Task<DeskConnector> ConnectAsync()
    {
        var api = await FakeViberApi.StartAsync();
        return new DeskConnector("viber", api, new Dictionary<string, string>
        {
            ["authToken"] = FakeViberApi.Token,
            ["senderName"] = "Open Channels Shop",
            ["apiBaseUrl"] = api.Base,
        });
    }

    protected override byte[] Inbound() => Fixtures.Bytes("viber", "message_text.json");

    protected override (string Name, string Value)[] Authentic(Desk desk, byte[] body) =>
        [("X-Viber-Content-Signature", WebhookSignature.ComputeHmacSha256Hex(body, FakeViberApi.Token))];

    protected override (string Name, string Value)[] Forged(byte[] body) =>
        [("X-Viber-Content-Signature", WebhookSignature.ComputeHmacSha256Hex(body, "not-the-auth-token"))];

    protected override (string ChatId, string Text) SentReply(Desk desk)
    {
        var send = Assert.Single(desk.Outbox.To("/send_message"));
        Assert.Equal(FakeViberApi.Token, send.Headers["X-Viber-Auth-Token"]);
        var body = JsonDocument.Parse(send.Body).RootElement;
        Assert.Equal("text", body.GetProperty("type").GetString());
        Assert.Equal("Open Channels Shop", body.GetProperty("sender").GetProperty("name").GetString());
        return (body.GetProperty("receiver").GetString()!, body.GetProperty("text").GetString()!);
    }

    [Fact]
    public async Task Activation_ThenViberVerificationCallback_RegistersTheUrlAndAnswersTheSignedCallback()
    {
        await using var desk = await StartAsync();
        var vector = JsonDocument.Parse(Fixtures.Text("viber", "signature_test_vector.json")).RootElement;

        // Viber calls the new webhook once with event "webhook", signed as the official SDK's test vector shows.
        var verification = await desk.DeliverAsync(Fixtures.Bytes("viber", "webhook.json"), ("X-Viber-Content-Signature", vector.GetProperty("expected_signature").GetString()!));

        var registration = JsonDocument.Parse(Assert.Single(desk.Outbox.To("/set_webhook")).Body).RootElement;
        Assert.Equal($"https://portal.test/webhooks/{desk.ConnectionId}", registration.GetProperty("url").GetString());
        Assert.Equal(HttpStatusCode.OK, verification.StatusCode);
        await using var db = desk.Db();
        Assert.Equal(0, await db.Messages.CountAsync());
    }
}
