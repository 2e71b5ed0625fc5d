using OpenChannels.Abstractions.Outbound;
using OpenChannels.Plugins.Facebook.Tests.Support;
using OpenChannels.Plugins.Meta.Tests;

namespace OpenChannels.Plugins.Facebook.Tests;

public sealed class MessagingWindowTests : GraphTest
{
    [Theory]
    [InlineData(1)]
    [InlineData(23.9)]
    public async Task Send_WithinTwentyFourHours_UsesResponse(double hours)
    {
        Harness.Clock.Now = Harness.FixtureTime.AddHours(hours);

        var result = await SendAsync();

        Assert.Equal(SendOutcome.Sent, result.Outcome);
        var body = Assert.Single(Graph.Server.To("/me/messages")).Json();
        Assert.Equal("RESPONSE", body.GetProperty("messaging_type").GetString());
        Assert.False(body.TryGetProperty("tag", out _));
    }

    [Theory]
    [InlineData(24.1)]
    [InlineData(6 * 24 + 23)]
    public async Task Send_AfterTwentyFourHoursWithinSevenDays_UsesHumanAgentTag(double hours)
    {
        Harness.Clock.Now = Harness.FixtureTime.AddHours(hours);

        var result = await SendAsync();

        Assert.Equal(SendOutcome.Sent, result.Outcome);
        var body = Assert.Single(Graph.Server.To("/me/messages")).Json();
        Assert.Equal("MESSAGE_TAG", body.GetProperty("messaging_type").GetString());
        Assert.Equal("HUMAN_AGENT", body.GetProperty("tag").GetString());
    }

    [Fact]
    public async Task Send_AfterSevenDays_FailsWithoutCallingMeta()
    {
        Harness.Clock.Now = Harness.FixtureTime.AddDays(7).AddMinutes(1);

        var result = await SendAsync();

        Assert.Equal(SendOutcome.Failed, result.Outcome);
        Assert.Equal("The client last wrote more than 7 days ago; Messenger does not allow a reply outside the window", result.Reason);
        Assert.Empty(Graph.Server.To("/me/messages"));
    }

    [Fact]
    public async Task Send_NewClientMessage_ReopensTheStandardWindow()
    {
        Harness.Clock.Now = Harness.FixtureTime.AddDays(10);
        var later = Harness.FixtureTime.AddDays(10).AddMinutes(-5).ToUnixTimeMilliseconds();
        await Harness.PostAsync(Testing.Fixtures.Text("facebook", "messages_text.json").Replace("1459991487970", $"{later}", StringComparison.Ordinal));

        await SendAsync();

        Assert.Equal("RESPONSE", Assert.Single(Graph.Server.To("/me/messages")).Json().GetProperty("messaging_type").GetString());
    }

    [Fact]
    public async Task Send_ClientNeverSeen_TriesAStandardReply()
    {
        Harness.Clock.Now = Harness.FixtureTime.AddDays(30);

        var result = await Harness.Connector.SendAsync(Harness.Connection, new OutboundMessage("unknown-psid", "Hi"), CancellationToken.None);

        Assert.Equal(SendOutcome.Sent, result.Outcome);
        Assert.Equal("RESPONSE", Assert.Single(Graph.Server.To("/me/messages")).Json().GetProperty("messaging_type").GetString());
    }

    [Fact]
    public async Task Send_TaggedUpload_PutsTagInTheForm()
    {
        Harness.Clock.Now = Harness.FixtureTime.AddDays(2);
        var message = new OutboundMessage("5678", null) { Attachments = [new OutboundAttachment("a.png", "image/png", new byte[] { 1 })] };

        await Harness.Connector.SendAsync(Harness.Connection, message, CancellationToken.None);

        var fields = await MultipartField.ParseAsync(Assert.Single(Graph.Server.To("/me/messages")));
        Assert.Equal("MESSAGE_TAG", fields["messaging_type"].Text);
        Assert.Equal("HUMAN_AGENT", fields["tag"].Text);
    }

    private async Task<SendResult> SendAsync() =>
        await Harness.Connector.SendAsync(Harness.Connection, new OutboundMessage("5678", "We are still on it"), CancellationToken.None);
}
