using OpenChannels.Abstractions.Inbound;
using OpenChannels.Plugins.Facebook.Tests.Support;
using OpenChannels.Plugins.Testing;

namespace OpenChannels.Plugins.Facebook.Tests;

public sealed class WebhookVerificationTests
{
    private readonly Harness _harness = new();

    [Fact]
    public async Task HandleWebhook_SubscribeWithMatchingToken_EchoesChallenge()
    {
        var request = Webhooks.Get(("hub.mode", "subscribe"), ("hub.verify_token", Harness.VerifyToken), ("hub.challenge", "1158201444"));

        var result = await _harness.Connector.HandleWebhookAsync(_harness.Connection, request, CancellationToken.None);

        Assert.Equal(WebhookOutcome.Accepted, result.Outcome);
        Assert.Equal("1158201444", result.ResponseBody);
        Assert.Equal("text/plain", result.ResponseContentType);
        Assert.Empty(result.Events);
    }

    [Theory]
    [InlineData("subscribe", "wrong-token")]
    [InlineData("subscribe", "")]
    [InlineData("unsubscribe", Harness.VerifyToken)]
    public async Task HandleWebhook_ChallengeWithWrongTokenOrMode_Rejects(string mode, string token)
    {
        var request = Webhooks.Get(("hub.mode", mode), ("hub.verify_token", token), ("hub.challenge", "1158201444"));

        var result = await _harness.Connector.HandleWebhookAsync(_harness.Connection, request, CancellationToken.None);

        Assert.Equal(WebhookOutcome.Rejected, result.Outcome);
        Assert.Null(result.ResponseBody);
    }

    [Fact]
    public async Task HandleWebhook_ChallengeWithoutVerifyToken_Rejects()
    {
        var request = Webhooks.Get(("hub.mode", "subscribe"), ("hub.challenge", "1158201444"));

        var result = await _harness.Connector.HandleWebhookAsync(_harness.Connection, request, CancellationToken.None);

        Assert.Equal(WebhookOutcome.Rejected, result.Outcome);
    }
}
