using System.Net.Http.Json;
using System.Text.Json;
using OpenChannels.Plugins.Testing;
using OpenChannels.Portal.Conversations;
using OpenChannels.Portal.Tests.Connectors.Fakes;
using OpenChannels.Portal.Tests.Conversations;
using OpenChannels.Portal.Tests.Infrastructure;

namespace OpenChannels.Portal.Tests.Connectors;

/// <summary>Facebook Messenger end to end: subscribed_apps at activation, signed Page webhooks, the Send API for replies.</summary>
public sealed class FacebookEndToEndTests : ConnectorEndToEndTest
{
    public const string PageId = "1234567890";

    protected override string ChatId => "5678";

    // Messenger webhooks carry no names: the plugin names the client after the page-scoped id.
    protected override string ClientName => "Messenger user 5678";

    protected override string SentMessageId => JsonDocument.Parse(Fixtures.Text("facebook", "send_api_response.json")).RootElement.GetProperty("message_id").GetString()!;

    internal static DeskConnector Connector(FakeMetaGraph graph, string pageId) =>
        MetaDelivery.Connector("facebook", graph, ("pageId", pageId), "pageAccessToken");

    protected override async Task<DeskConnector> ConnectAsync() => Connector(await FakeMetaGraph.StartAsync(), PageId);

    protected override byte[] Inbound() => MetaDelivery.WrittenNow("facebook", "messages_text.json");

    protected override (string Name, string Value)[] Authentic(Desk desk, byte[] body) => MetaDelivery.Signed(body);

    protected override (string Name, string Value)[] Forged(byte[] body) => MetaDelivery.Signed(body, "not_the_app_secret");

    protected override (string ChatId, string Text) SentReply(Desk desk)
    {
        var send = Assert.Single(desk.Outbox.To("/me/messages"));
        Assert.Contains($"access_token={FakeMetaGraph.Token}", send.Query, StringComparison.Ordinal);
        var body = JsonDocument.Parse(send.Body).RootElement;
        Assert.Equal("RESPONSE", body.GetProperty("messaging_type").GetString());
        return (body.GetProperty("recipient").GetProperty("id").GetString()!, body.GetProperty("message").GetProperty("text").GetString()!);
    }

    [Fact]
    public async Task Activation_NewConnection_SubscribesTheAppToThePage()
    {
        await using var desk = await StartAsync();

        var subscription = Assert.Single(desk.Outbox.To("/subscribed_apps"));

        Assert.Equal($"/{FakeMetaGraph.Version}/{PageId}/subscribed_apps", subscription.Path);
        Assert.Contains("subscribed_fields=messages%2Cmessaging_postbacks%2Cmessage_deliveries%2Cmessage_reads%2Cmessage_echoes%2Cfeed", subscription.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reply_ClientLastWroteYearsAgo_FailsOnTheMessageWithTheWindowReason()
    {
        await using var desk = await StartAsync();
        var captured = Fixtures.Bytes("facebook", "messages_text.json");
        (await desk.DeliverAsync(captured, MetaDelivery.Signed(captured))).EnsureSuccessStatusCode();
        var conversation = await ConversationWorkflowTests.WaitForAsync(desk.Api, "unanswered");

        var posted = await desk.Api.PostAsJsonAsync($"/api/v1/conversations/{conversation.Id}/messages", new { text = ReplyText });

        var reply = await posted.Content.ReadFromJsonAsync<MessageView>(Desk.Json);
        Assert.Equal(DeliveryStatus.Failed, reply!.Delivery);
        Assert.Contains("more than 7 days ago", reply.DeliveryError, StringComparison.Ordinal);
        Assert.Empty(desk.Outbox.To("/me/messages"));
    }
}
