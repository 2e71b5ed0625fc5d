using OpenChannels.Abstractions.Outbound;
using OpenChannels.Plugins.Facebook.Tests.Support;
using OpenChannels.Plugins.Meta.Tests;
using OpenChannels.Plugins.Testing;

namespace OpenChannels.Plugins.Facebook.Tests;

/// <summary>Graph error bodies: the fixtures where Meta published one, else built in the documented shape with the codes of Meta's "Common Error Codes" page.</summary>
public sealed class SendErrorTests : GraphTest
{
    [Fact]
    public async Task Send_RateLimitedThenAccepted_RetriesLaterThenSends()
    {
        Graph.SendReplies.Enqueue(GraphReply.Error(400, 613, null, "(#613) Calls to this api have exceeded the rate limit."));

        var first = await SendAsync("l-613");
        var second = await SendAsync("l-613");

        Assert.Equal(SendOutcome.Retry, first.Outcome);
        Assert.Equal(TimeSpan.FromMinutes(1), first.RetryAfter);
        Assert.Contains("613", first.Reason, StringComparison.Ordinal);
        Assert.Equal(SendOutcome.Sent, second.Outcome);
        Assert.Equal(2, Graph.Server.To("/me/messages").Count);
    }

    [Theory]
    [InlineData(4, "(#4) Application request limit reached")]
    [InlineData(32, "(#32) Page request limit reached")]
    [InlineData(80006, "There have been too many messenger api calls to this Page account.")]
    public async Task Send_OtherRateLimitCodes_RetryLater(int code, string message)
    {
        Graph.SendReplies.Enqueue(GraphReply.Error(400, code, null, message));

        Assert.Equal(SendOutcome.Retry, (await SendAsync()).Outcome);
    }

    [Fact]
    public async Task Send_Http429_RetriesLater()
    {
        Graph.SendReplies.Enqueue(new GraphReply(429, """{"error": {"message": "Too many requests", "code": 100}}"""));

        Assert.Equal(SendOutcome.Retry, (await SendAsync()).Outcome);
    }

    [Fact]
    public async Task Send_ServerErrorOrTransientFlag_RetriesLater()
    {
        Graph.SendReplies.Enqueue(new GraphReply(503, "<html>Service Unavailable</html>"));
        Graph.SendReplies.Enqueue(GraphReply.Error(400, 1200, null, "Temporary send message failure. Please try again later", transient: true));

        var unavailable = await SendAsync();
        var transient = await SendAsync();

        Assert.Equal(SendOutcome.Retry, unavailable.Outcome);
        Assert.Equal(SendOutcome.Retry, transient.Outcome);
        Assert.Equal(TimeSpan.FromSeconds(10), transient.RetryAfter);
    }

    [Fact]
    public async Task Send_InvalidTokenFixture_FailsWithReadableReason()
    {
        Graph.SendReplies.Enqueue(new GraphReply(400, Fixtures.Text("facebook", "send_api_error_invalid_token.json")));

        var result = await SendAsync();

        Assert.Equal(SendOutcome.Failed, result.Outcome);
        Assert.Equal("The page access token is invalid or expired", result.Reason);
    }

    [Theory]
    [InlineData(10, 2018278, "(#10) This message is sent outside of allowed window.", "reply window is closed")]
    [InlineData(551, null, "This person isn't available right now.", "isn't available")]
    [InlineData(200, 1545041, "(#200) This person isn't available right now.", "isn't available")]
    [InlineData(100, 2018001, "(#100) No matching user found", "No matching user found")]
    public async Task Send_PermanentGraphErrors_FailWithReadableReason(int code, int? subcode, string message, string expected)
    {
        Graph.SendReplies.Enqueue(GraphReply.Error(400, code, subcode, message));

        var result = await SendAsync();

        Assert.Equal(SendOutcome.Failed, result.Outcome);
        Assert.Contains(expected, result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_TrimmedErrorWithoutType_FailsWithMetasMessage()
    {
        Graph.SendReplies.Enqueue(new GraphReply(400, Fixtures.Text("facebook", "send_api_error_courier_channel_specific.json")));

        var result = await SendAsync();

        Assert.Equal(SendOutcome.Failed, result.Outcome);
        Assert.Contains("The image size is too large.", result.Reason, StringComparison.Ordinal);
        Assert.Contains("36000", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_ServerUnreachable_RetriesLater()
    {
        var harness = new Harness("http://127.0.0.1:1");
        await harness.PostFixtureAsync("messages_text.json");

        var result = await harness.Connector.SendAsync(harness.Connection, new OutboundMessage("5678", "Hi"), CancellationToken.None);

        Assert.Equal(SendOutcome.Retry, result.Outcome);
    }

    [Fact]
    public async Task Send_RetryAfterPartialFailure_DoesNotResendDeliveredText()
    {
        var file = new OutboundAttachment("a.png", "image/png", new byte[] { 1 }) { PublicUrl = "https://portal.example.com/a.png" };
        var message = new OutboundMessage("5678", "Here is the photo") { LocalId = "local-7", Attachments = [file] };
        Graph.SendReplies.Enqueue(new GraphReply(200, """{"recipient_id": "5678", "message_id": "m_text"}"""));
        Graph.SendReplies.Enqueue(GraphReply.Error(400, 613, null, "(#613) Calls to this api have exceeded the rate limit."));

        var first = await Harness.Connector.SendAsync(Harness.Connection, message, CancellationToken.None);
        var retry = await Harness.Connector.SendAsync(Harness.Connection, message, CancellationToken.None);

        Assert.Equal(SendOutcome.Retry, first.Outcome);
        Assert.Equal(SendOutcome.Sent, retry.Outcome);
        Assert.Equal("m_text", retry.ExternalId);
        var bodies = Graph.Server.To("/me/messages").Select(r => r.Json().GetProperty("message")).ToList();
        Assert.Equal(3, bodies.Count);
        Assert.Single(bodies, b => b.TryGetProperty("text", out _));
        Assert.DoesNotContain(Harness.Store.Values.Keys, k => k.StartsWith("sent:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Send_CancelledByHost_Throws()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
            await Harness.Connector.SendAsync(Harness.Connection, new OutboundMessage("5678", "Hi"), cancelled.Token));
    }

    private async Task<SendResult> SendAsync(string localId = "") =>
        await Harness.Connector.SendAsync(Harness.Connection, new OutboundMessage("5678", "Hello") { LocalId = localId }, CancellationToken.None);
}
