using OpenChannels.Abstractions.Inbound;

namespace OpenChannels.Plugins.Viber.Tests;

public sealed class InboundEventTests
{
    [Fact]
    public async Task HandleWebhook_Subscribed_MakesClientReachable()
    {
        var result = await ViberTest.HandleFixtureAsync("subscribed.json");

        var change = Assert.IsType<ClientReachabilityChanged>(Assert.Single(result.Events));
        Assert.Equal(("jc9HsWTZ2Yf2NkRZ8KcNug==", "jc9HsWTZ2Yf2NkRZ8KcNug==", true), (change.ChatId, change.UserId, change.Reachable));
    }

    [Fact]
    public async Task HandleWebhook_Unsubscribed_MakesClientUnreachableWithReason()
    {
        var result = await ViberTest.HandleFixtureAsync("unsubscribed.json");

        Assert.Equal(
            new ClientReachabilityChanged("jc9HsWTZ2Yf2NkRZ8KcNug==", "jc9HsWTZ2Yf2NkRZ8KcNug==", false, "unsubscribed from the bot"),
            Assert.Single(result.Events));
    }

    [Theory]
    [InlineData("delivered.json", DeliveryState.Delivered)]
    [InlineData("seen.json", DeliveryState.Read)]
    public async Task HandleWebhook_Receipt_ChangesStatusOfExactToken(string file, DeliveryState state)
    {
        var result = await ViberTest.HandleFixtureAsync(file);

        var status = Assert.IsType<DeliveryStatusChanged>(Assert.Single(result.Events));
        Assert.Equal("jc9HsWTZ2Yf2NkRZ8KcNug==", status.ChatId);
        Assert.Equal(state, status.State);
        Assert.Equal(["4912661846655238145"], status.MessageIds);
        Assert.Null(status.Reason);
    }

    [Fact]
    public async Task HandleWebhook_Failed_GivesFailedStatusWithViberReason()
    {
        var result = await ViberTest.HandleFixtureAsync("failed.json");

        var status = Assert.IsType<DeliveryStatusChanged>(Assert.Single(result.Events));
        Assert.Equal((DeliveryState.Failed, "message validation failed"), (status.State, status.Reason));
        Assert.Equal(["4912661846655238145"], status.MessageIds);
    }

    [Fact]
    public async Task HandleWebhook_WebhookCheck_AcceptsWithEmpty200()
    {
        var result = await ViberTest.HandleFixtureAsync("webhook.json");

        Assert.Equal((WebhookOutcome.Accepted, 200), (result.Outcome, result.StatusCode));
        Assert.Empty(result.Events);
        Assert.Null(result.ResponseBody);
    }

    [Fact]
    public async Task HandleWebhook_UnknownEvent_AcceptsWithoutEvents()
    {
        var result = await ViberTest.HandleAsync("""{"event":"client_status","timestamp":1457764197627,"user_id":"a","message_token":1}""");

        Assert.Equal(WebhookOutcome.Accepted, result.Outcome);
        Assert.Empty(result.Events);
    }
}
