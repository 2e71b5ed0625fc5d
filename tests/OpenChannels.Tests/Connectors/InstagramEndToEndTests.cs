using System.Text.Json;
using OpenChannels.Portal.Tests.Connectors.Fakes;
using OpenChannels.Portal.Tests.Infrastructure;

namespace OpenChannels.Portal.Tests.Connectors;

/// <summary>Instagram Direct end to end: the account read at activation, signed webhooks, <c>/{ig-user-id}/messages</c> for replies.</summary>
public sealed class InstagramEndToEndTests : ConnectorEndToEndTest
{
    private const string IgUserId = "1234567890";

    protected override string ChatId => "5678";

    protected override string ClientName => "Instagram user 5678";

    protected override string SentMessageId => FakeMetaGraph.InstagramMessageId;

    protected override async Task<DeskConnector> ConnectAsync() =>
        MetaDelivery.Connector("instagram", await FakeMetaGraph.StartAsync(), ("igUserId", IgUserId), "accessToken");

    protected override byte[] Inbound() => MetaDelivery.WrittenNow("instagram", "messages_text.json");

    protected override (string Name, string Value)[] Authentic(Desk desk, byte[] body) => MetaDelivery.Signed(body);

    protected override (string Name, string Value)[] Forged(byte[] body) => MetaDelivery.Signed(body, "not_the_app_secret");

    protected override (string ChatId, string Text) SentReply(Desk desk)
    {
        var send = Assert.Single(desk.Outbox.To("/messages"));
        Assert.Equal($"/{FakeMetaGraph.Version}/{IgUserId}/messages", send.Path);
        Assert.Equal($"Bearer {FakeMetaGraph.Token}", send.Headers["Authorization"]);
        var body = JsonDocument.Parse(send.Body).RootElement;
        return (body.GetProperty("recipient").GetProperty("id").GetString()!, body.GetProperty("message").GetProperty("text").GetString()!);
    }

    [Fact]
    public async Task Activation_NewConnection_ReadsTheAccountWithTheToken()
    {
        await using var desk = await StartAsync();

        var read = Assert.Single(desk.Outbox.Requests, r => r.Method == "GET");

        Assert.Equal($"/{FakeMetaGraph.Version}/{IgUserId}", read.Path);
        Assert.Equal("?fields=id%2Cusername", read.Query);
    }
}
