using OpenChannels.Abstractions.Inbound;
using OpenChannels.Plugins.Facebook.Tests.Support;
using OpenChannels.Plugins.Testing;

namespace OpenChannels.Plugins.Facebook.Tests;

public sealed class InboundStatusAndEchoTests
{
    private readonly Harness _harness = new();

    [Fact]
    public async Task HandleWebhook_OfficialEcho_IsFromBusinessInTheClientsChat()
    {
        var result = await _harness.PostAsync(Harness.Envelope(Fixtures.Text("facebook", "official_message_echo_text_event.json")));

        var echo = Assert.IsType<InboundMessage>(Assert.Single(result.Events));
        Assert.True(echo.FromBusiness);
        Assert.Equal("<PSID>", echo.ChatId);
        Assert.Equal("<PAGE_ID>", echo.User.Id);
        Assert.Equal("hello, world!", echo.Text);
        Assert.Equal("mid.1457764197618:41d102a3e1ae206a38", echo.MessageId);
    }

    [Fact]
    public async Task HandleWebhook_EchoWithNumericIds_ReadsIdsAsDigits()
    {
        var result = await _harness.PostFixtureAsync("message_echo.json");

        var echo = Assert.IsType<InboundMessage>(Assert.Single(result.Events));
        Assert.True(echo.FromBusiness);
        // This capture names the page (the entry id) as recipient, so the other side is the client.
        Assert.Equal("987654321432", echo.ChatId);
        Assert.Equal("hello, world!", echo.Text);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1457764197627), echo.Date);
    }

    [Fact]
    public async Task HandleWebhook_Echo_DoesNotOpenTheReplyWindow()
    {
        await _harness.PostFixtureAsync("message_echo_minimal_courier.json");

        Assert.DoesNotContain(_harness.Store.Values.Keys, k => k.StartsWith("last-inbound:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HandleWebhook_MinimalEcho_MapsWithoutText()
    {
        var result = await _harness.PostFixtureAsync("message_echo_minimal_courier.json");

        var echo = Assert.IsType<InboundMessage>(Assert.Single(result.Events));
        Assert.True(echo.FromBusiness);
        Assert.Equal("5678", echo.ChatId);
        Assert.Equal("qT7ywaK", echo.MessageId);
        Assert.Null(echo.Text);
    }

    [Fact]
    public async Task HandleWebhook_Read_GivesReadWatermark()
    {
        var result = await _harness.PostFixtureAsync("message_read.json");

        var status = Assert.IsType<DeliveryStatusChanged>(Assert.Single(result.Events));
        Assert.Equal("987654321432", status.ChatId);
        Assert.Equal(DeliveryState.Read, status.State);
        Assert.Empty(status.MessageIds);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1458668856253), status.Watermark);
    }

    [Fact]
    public async Task HandleWebhook_OfficialReadEvent_GivesReadWatermark()
    {
        var result = await _harness.PostAsync(Harness.Envelope(Fixtures.Text("facebook", "official_message_reads_event.json")));

        var status = Assert.IsType<DeliveryStatusChanged>(Assert.Single(result.Events));
        Assert.Equal("<PSID>", status.ChatId);
        Assert.Equal(DeliveryState.Read, status.State);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1458668856253), status.Watermark);
    }

    [Fact]
    public async Task HandleWebhook_Delivery_GivesMidsAndWatermark()
    {
        var result = await _harness.PostFixtureAsync("message_delivery.json");

        var status = Assert.IsType<DeliveryStatusChanged>(Assert.Single(result.Events));
        Assert.Equal("5678", status.ChatId);
        Assert.Equal(DeliveryState.Delivered, status.State);
        Assert.Equal(["mid.1458668856218:ed81099e15d3f4f233"], status.MessageIds);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1458668856253), status.Watermark);
    }

    [Fact]
    public async Task HandleWebhook_ReadAndDelivery_DoNotOpenTheReplyWindow()
    {
        await _harness.PostFixtureAsync("message_read.json");
        await _harness.PostFixtureAsync("message_delivery.json");

        Assert.Empty(_harness.Store.Values);
    }
}
