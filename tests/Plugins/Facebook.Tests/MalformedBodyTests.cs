using OpenChannels.Abstractions.Inbound;
using OpenChannels.Plugins.Facebook.Tests.Support;
using OpenChannels.Plugins.Testing;

namespace OpenChannels.Plugins.Facebook.Tests;

public sealed class MalformedBodyTests
{
    private readonly Harness _harness = new();

    [Theory]
    [InlineData("not json at all")]
    [InlineData("")]
    [InlineData("[1, 2, 3]")]
    [InlineData("{\"object\": \"page\"}")]
    [InlineData("{\"object\": \"page\", \"entry\": {\"id\": \"1\"}}")]
    [InlineData("{\"object\": \"instagram\", \"entry\": []}")]
    public async Task HandleWebhook_SignedButUnusableBody_IsMalformed(string body)
    {
        var result = await _harness.PostAsync(body);

        Assert.Equal(WebhookOutcome.Invalid, result.Outcome);
        Assert.False(string.IsNullOrEmpty(result.Reason));
        Assert.Empty(result.Events);
    }

    [Fact]
    public async Task HandleWebhook_TruncatedFixture_IsMalformed()
    {
        var body = Fixtures.Bytes("facebook", "messages_text.json");

        var result = await _harness.PostAsync(body[..(body.Length / 2)]);

        Assert.Equal(WebhookOutcome.Invalid, result.Outcome);
    }

    [Fact]
    public async Task HandleWebhook_WrongValueKinds_AreSkippedWithoutThrowing()
    {
        const string body = """{"object": "page", "entry": [{"id": 1, "messaging": [{"sender": "5678", "message": 3}, {"sender": {"id": "9"}, "message": {"mid": ["x"]}}]}, 7]}""";

        var result = await _harness.PostAsync(body);

        Assert.Equal(WebhookOutcome.Accepted, result.Outcome);
        Assert.Empty(result.Events);
    }

    [Fact]
    public async Task HandleWebhook_PutRequest_IsMalformed()
    {
        var request = Harness.Signed(Fixtures.Bytes("facebook", "messages_text.json")) with { Method = "PUT" };

        var result = await _harness.Connector.HandleWebhookAsync(_harness.Connection, request, CancellationToken.None);

        Assert.Equal(WebhookOutcome.Invalid, result.Outcome);
    }
}
