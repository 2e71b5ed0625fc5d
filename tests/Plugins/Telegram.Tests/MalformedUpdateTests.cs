using OpenChannels.Abstractions.Inbound;
using OpenChannels.Plugins.Telegram.Inbound;
using OpenChannels.Plugins.Testing;

namespace OpenChannels.Plugins.Telegram.Tests;

public sealed class MalformedUpdateTests : TelegramTest
{
    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("\"update\"")]
    [InlineData("{\"update_id\":\"ten\"}")]
    [InlineData("{\"message\":{\"message_id\":1,\"chat\":{\"id\":1,\"type\":\"private\"},\"date\":1,\"text\":\"no update_id\"}}")]
    [InlineData("{\"update_id\":1,\"message\":{\"chat\":{\"id\":1,\"type\":\"private\"},\"date\":1,\"text\":\"no message_id\"}}")]
    [InlineData("{\"update_id\":1,\"message\":{\"message_id\":1,\"date\":1,\"text\":\"no chat\"}}")]
    [InlineData("{\"update_id\":1,\"message\":{\"message_id\":1,\"chat\":{\"id\":1,\"type\":\"private\"},\"text\":\"no date\"}}")]
    [InlineData("{\"update_id\":1,\"message\":{\"message_id\":1,\"chat\":{\"id\":1,\"type\":\"private\"},\"date\":1,\"text\":{\"not\":\"text\"}}}")]
    [InlineData("{\"update_id\":1,\"edited_message\":{\"message_id\":1,\"date\":1,\"text\":\"no chat\"}}")]
    [InlineData("{\"update_id\":1,\"callback_query\":{\"from\":{\"id\":1},\"data\":\"no id\"}}")]
    [InlineData("{\"update_id\":1,\"my_chat_member\":{\"chat\":{\"id\":1,\"type\":\"private\"}}}")]
    public async Task HandleWebhook_MalformedBody_InvalidWithReason(string body)
    {
        var result = await DeliverAsync(body);

        Assert.Equal(WebhookOutcome.Invalid, result.Outcome);
        Assert.False(string.IsNullOrEmpty(result.Reason));
        Assert.Empty(result.Events);
    }

    [Fact]
    public async Task HandleWebhook_TruncatedFixture_Invalid()
    {
        var bytes = Fixtures.Bytes("telegram", "update_photo_with_caption.json");

        var result = await DeliverAsync(bytes[..(bytes.Length / 2)]);

        Assert.Equal(WebhookOutcome.Invalid, result.Outcome);
    }

    [Fact]
    public async Task HandleWebhook_NotUtf8_Invalid()
    {
        var result = await DeliverAsync([0xff, 0xfe, 0x00, 0x7b]);

        Assert.Equal(WebhookOutcome.Invalid, result.Outcome);
    }

    [Fact]
    public async Task HandleWebhook_GetWithRightSecret_Invalid()
    {
        var request = Webhooks.Get() with { Headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { [TelegramSecretCheck.HeaderName] = Secret } };

        var result = await Connector.HandleWebhookAsync(Connection, request, Ct);

        Assert.Equal(WebhookOutcome.Invalid, result.Outcome);
    }

    [Theory]
    [InlineData("{\"update_id\":1,\"channel_post\":{\"message_id\":1,\"chat\":{\"id\":-100,\"type\":\"channel\"},\"date\":1,\"text\":\"hi\"}}")]
    [InlineData("{\"update_id\":2,\"poll\":{\"id\":\"1\",\"question\":\"?\",\"options\":[]}}")]
    [InlineData("{\"update_id\":3}")]
    public async Task HandleWebhook_OtherUpdateKinds_AcceptedWithoutEvents(string body)
    {
        var result = await DeliverAsync(body);

        Assert.Equal(WebhookOutcome.Accepted, result.Outcome);
        Assert.Empty(result.Events);
        Assert.Empty(Telegram.Server.Requests);
    }
}
