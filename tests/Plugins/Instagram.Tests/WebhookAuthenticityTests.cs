using OpenChannels.Abstractions.Inbound;
using OpenChannels.Plugins.Instagram.Tests.Support;
using OpenChannels.Plugins.Testing;

namespace OpenChannels.Plugins.Instagram.Tests;

public sealed class WebhookAuthenticityTests
{
    private static readonly byte[] Body = Fixtures.Bytes("instagram", "messages_text.json");
    private readonly IgHarness _harness = new();

    [Fact]
    public async Task HandleWebhook_SubscribeWithMatchingToken_EchoesChallenge()
    {
        var request = Webhooks.Get(("hub.mode", "subscribe"), ("hub.verify_token", IgHarness.VerifyToken), ("hub.challenge", "CHALLENGE_ACCEPTED"));

        var result = await _harness.Connector.HandleWebhookAsync(_harness.Connection, request, CancellationToken.None);

        Assert.Equal(WebhookOutcome.Accepted, result.Outcome);
        Assert.Equal("CHALLENGE_ACCEPTED", result.ResponseBody);
    }

    [Fact]
    public async Task HandleWebhook_ChallengeWithWrongToken_Rejects()
    {
        var request = Webhooks.Get(("hub.mode", "subscribe"), ("hub.verify_token", "guess"), ("hub.challenge", "CHALLENGE_ACCEPTED"));

        var result = await _harness.Connector.HandleWebhookAsync(_harness.Connection, request, CancellationToken.None);

        Assert.Equal(WebhookOutcome.Rejected, result.Outcome);
        Assert.Null(result.ResponseBody);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("sha256=0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("sha1=0123")]
    [InlineData("not-a-signature")]
    public async Task HandleWebhook_MissingWrongOrBadPrefixSignature_Rejects(string? header)
    {
        var request = header is null ? Webhooks.Post(Body) : Webhooks.Post(Body, ("X-Hub-Signature-256", header));

        var result = await _harness.Connector.HandleWebhookAsync(_harness.Connection, request, CancellationToken.None);

        Assert.Equal(WebhookOutcome.Rejected, result.Outcome);
        Assert.Empty(result.Events);
    }

    [Fact]
    public async Task HandleWebhook_CorrectHexWithoutPrefix_Rejects()
    {
        var hex = Abstractions.Hosting.WebhookSignature.ComputeHmacSha256Hex(Body, IgHarness.AppSecret);

        var result = await _harness.Connector.HandleWebhookAsync(_harness.Connection, Webhooks.Post(Body, ("X-Hub-Signature-256", hex)), CancellationToken.None);

        Assert.Equal(WebhookOutcome.Rejected, result.Outcome);
    }

    [Fact]
    public async Task HandleWebhook_PageEnvelopeOnInstagramConnection_IsMalformed()
    {
        var result = await _harness.PostAsync(Fixtures.Bytes("facebook", "messages_text.json"));

        Assert.Equal(WebhookOutcome.Invalid, result.Outcome);
    }

    [Fact]
    public async Task HandleWebhook_TruncatedBody_IsMalformed()
    {
        var result = await _harness.PostAsync(Body[..40]);

        Assert.Equal(WebhookOutcome.Invalid, result.Outcome);
    }
}
