using OpenChannels.Abstractions.Outbound;
using OpenChannels.Plugins.Instagram.Tests.Support;
using OpenChannels.Plugins.Meta.Tests;

namespace OpenChannels.Plugins.Instagram.Tests;

public sealed class SendTests : IAsyncLifetime
{
    private FakeInstagramGraph _graph = null!;
    private IgHarness _harness = null!;

    public async Task InitializeAsync()
    {
        _graph = await FakeInstagramGraph.StartAsync();
        _harness = new IgHarness(_graph.Base);
        await _harness.PostFixtureAsync("messages_text.json");
    }

    public async Task DisposeAsync() => await _graph.DisposeAsync();

    [Fact]
    public async Task Send_Text_PostsToTheAccountsMessagesEdgeWithBearerToken()
    {
        var result = await SendAsync(new OutboundMessage("5678", "Hi from the shop"));

        Assert.Equal(SendOutcome.Sent, result.Outcome);
        Assert.Equal("aWdfZAG1faXRlbToxOklHTWVzc2FnZAUlEOjE3ODQxNDAxMjM0NTY3ODkw", result.ExternalId);
        var request = Assert.Single(_graph.Server.To("/messages"));
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/v25.0/{IgHarness.IgUserId}/messages", request.Path);
        Assert.Equal($"Bearer {IgHarness.Token}", request.Headers["Authorization"]);
        Assert.DoesNotContain("access_token", request.Query, StringComparison.Ordinal);
        var body = request.Json();
        Assert.Equal(["recipient", "message"], body.EnumerateObject().Select(p => p.Name));
        Assert.Equal("5678", body.GetProperty("recipient").GetProperty("id").GetString());
        Assert.Equal("Hi from the shop", body.GetProperty("message").GetProperty("text").GetString());
    }

    [Fact]
    public async Task Send_ImageWithPublicUrl_SendsImageAttachmentByUrl()
    {
        var image = new OutboundAttachment("p.png", "image/png", new byte[] { 1 }) { PublicUrl = "https://portal.example.com/files/p.png" };

        await SendAsync(new OutboundMessage("5678", null) { Attachments = [image] });

        var attachment = Assert.Single(_graph.Server.To("/messages")).Json().GetProperty("message").GetProperty("attachment");
        Assert.Equal("image", attachment.GetProperty("type").GetString());
        Assert.Equal("https://portal.example.com/files/p.png", attachment.GetProperty("payload").GetProperty("url").GetString());
    }

    [Fact]
    public async Task Send_ImageWithoutPublicUrl_FailsWithoutCalling()
    {
        var result = await SendAsync(new OutboundMessage("5678", null) { Attachments = [new OutboundAttachment("p.png", "image/png", new byte[] { 1 })] });

        Assert.Equal(SendOutcome.Failed, result.Outcome);
        Assert.Contains("public URL", result.Reason, StringComparison.Ordinal);
        Assert.Empty(_graph.Server.To("/messages"));
    }

    [Fact]
    public async Task Send_TextOverThousandBytes_IsSplit()
    {
        var text = string.Join(' ', Enumerable.Repeat("olá", 400));

        await SendAsync(new OutboundMessage("5678", text));

        var pieces = _graph.Server.To("/messages").Select(r => r.Json().GetProperty("message").GetProperty("text").GetString()!).ToList();
        Assert.Equal(2, pieces.Count);
        Assert.All(pieces, p => Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(p), 1, 1000));
    }

    [Fact]
    public async Task Send_AfterTwentyFourHours_UsesHumanAgentTag()
    {
        _harness.Clock.Now = IgHarness.FixtureTime.AddDays(3);

        await SendAsync(new OutboundMessage("5678", "Following up"));

        var body = Assert.Single(_graph.Server.To("/messages")).Json();
        Assert.Equal("MESSAGE_TAG", body.GetProperty("messaging_type").GetString());
        Assert.Equal("HUMAN_AGENT", body.GetProperty("tag").GetString());
    }

    [Fact]
    public async Task Send_AfterSevenDays_FailsWithoutCalling()
    {
        _harness.Clock.Now = IgHarness.FixtureTime.AddDays(8);

        var result = await SendAsync(new OutboundMessage("5678", "Too late"));

        Assert.Equal(SendOutcome.Failed, result.Outcome);
        Assert.Equal("The client last wrote more than 7 days ago; Instagram does not allow a reply outside the window", result.Reason);
        Assert.Empty(_graph.Server.To("/messages"));
    }

    [Fact]
    public async Task Send_RateLimitedThenAccepted_RetriesLaterThenSends()
    {
        _graph.SendReplies.Enqueue(GraphReply.Error(400, 613, null, "(#613) Calls to this api have exceeded the rate limit."));

        var first = await SendAsync(new OutboundMessage("5678", "Hi"));
        var second = await SendAsync(new OutboundMessage("5678", "Hi"));

        Assert.Equal(SendOutcome.Retry, first.Outcome);
        Assert.Equal(SendOutcome.Sent, second.Outcome);
    }

    [Fact]
    public async Task Send_InvalidToken_FailsWithReadableReason()
    {
        _graph.SendReplies.Enqueue(new GraphReply(400, Testing.Fixtures.Text("facebook", "send_api_error_invalid_token.json")));

        var result = await SendAsync(new OutboundMessage("5678", "Hi"));

        Assert.Equal(SendOutcome.Failed, result.Outcome);
        Assert.Equal("The Instagram access token is invalid or expired", result.Reason);
    }

    [Fact]
    public async Task Send_UserUnavailable_FailsWithReadableReason()
    {
        _graph.SendReplies.Enqueue(GraphReply.Error(400, 551, null, "This person isn't available right now."));

        var result = await SendAsync(new OutboundMessage("5678", "Hi"));

        Assert.Equal(SendOutcome.Failed, result.Outcome);
        Assert.StartsWith("This person isn't available right now", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditAndDelete_AreNotSupported_FailWithReason()
    {
        var edit = await _harness.Connector.EditAsync(_harness.Connection, new OutboundEdit("5678", "m", "x"), CancellationToken.None);
        var delete = await _harness.Connector.DeleteAsync(_harness.Connection, new OutboundDelete("5678", "m"), CancellationToken.None);

        Assert.Equal(SendOutcome.Failed, edit.Outcome);
        Assert.Equal(SendOutcome.Failed, delete.Outcome);
        Assert.Empty(_graph.Server.Requests);
    }

    private async Task<SendResult> SendAsync(OutboundMessage message) =>
        await _harness.Connector.SendAsync(_harness.Connection, message, CancellationToken.None);
}
