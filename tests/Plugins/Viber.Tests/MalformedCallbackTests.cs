using OpenChannels.Abstractions.Inbound;
using OpenChannels.Plugins.Testing;

namespace OpenChannels.Plugins.Viber.Tests;

public sealed class MalformedCallbackTests
{
    public static TheoryData<string> Bodies => new()
    {
        "{\"event\":\"message\",",
        "[1,2,3]",
        "\"message\"",
        "{\"timestamp\":1457764197627}",
        "{\"event\":\"message\",\"message_token\":1,\"message\":{\"type\":\"text\",\"text\":\"x\"}}",
        "{\"event\":\"message\",\"sender\":{\"id\":\"a\"},\"message\":{\"type\":\"text\",\"text\":\"x\"}}",
        "{\"event\":\"message\",\"sender\":{\"id\":\"a\"},\"message_token\":1.5e3,\"message\":{\"type\":\"text\",\"text\":\"x\"}}",
        "{\"event\":\"message\",\"sender\":{\"id\":\"a\"},\"message_token\":1,\"message\":{\"type\":\"picture\",\"text\":\"no media\"}}",
        "{\"event\":\"message\",\"sender\":{\"id\":\"a\"},\"message_token\":1,\"message\":{\"type\":\"location\",\"location\":{\"lat\":\"x\"}}}",
        "{\"event\":\"message\",\"sender\":{\"id\":\"a\"},\"message_token\":1,\"message\":{\"type\":\"text\"}}",
        "{\"event\":\"delivered\",\"user_id\":\"a\"}",
        "{\"event\":\"unsubscribed\",\"message_token\":1}",
        "{\"event\":\"subscribed\",\"user\":\"a\"}",
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task HandleWebhook_SignedButMalformed_ReturnsMalformed(string body)
    {
        var result = await ViberTest.HandleAsync(body);

        Assert.Equal(WebhookOutcome.Invalid, result.Outcome);
        Assert.False(string.IsNullOrEmpty(result.Reason));
        Assert.Empty(result.Events);
    }

    [Fact]
    public async Task HandleWebhook_TruncatedFixture_ReturnsMalformed()
    {
        var body = Fixtures.Bytes("viber", "message_picture.json");

        var result = await ViberTest.HandleAsync(body[..(body.Length / 2)]);

        Assert.Equal(WebhookOutcome.Invalid, result.Outcome);
    }

    [Fact]
    public async Task HandleWebhook_EmptyBody_ReturnsMalformed()
    {
        var result = await ViberTest.HandleAsync([]);

        Assert.Equal(WebhookOutcome.Invalid, result.Outcome);
    }
}
