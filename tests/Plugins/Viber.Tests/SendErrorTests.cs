using OpenChannels.Abstractions.Outbound;
using OpenChannels.Plugins.Testing;

namespace OpenChannels.Plugins.Viber.Tests;

public sealed class SendErrorTests
{
    private const string Receiver = "xy5/5y6O81+/kbWHpLhBoA==";

    [Fact]
    public async Task Send_Status12ThenSuccess_RetriesWithGrowingDelayThenSends()
    {
        await using var viber = await FakeViber.StartAsync();
        var tooMany = FakeViberReply.Ok(Fixtures.Text("viber", "send_message_error_too_many_requests.json"));
        viber.SendReplies.Enqueue(tooMany);
        viber.SendReplies.Enqueue(tooMany);
        var store = new InMemoryConnectorStore();
        var message = new OutboundMessage(Receiver, "Simple Message") { LocalId = "0191e180-7d60-7000-aded-7d8b151cbd5b" };

        var first = await SendTests.Send(viber, message, store);
        var second = await SendTests.Send(viber, message, store);
        var third = await SendTests.Send(viber, message, store);

        Assert.Equal((SendOutcome.Retry, TimeSpan.FromSeconds(1)), (first.Outcome, first.RetryAfter));
        Assert.Contains("Too many requests", first.Reason, StringComparison.Ordinal);
        Assert.Equal((SendOutcome.Retry, TimeSpan.FromSeconds(2)), (second.Outcome, second.RetryAfter));
        Assert.Equal(SendResult.Sent("4987381194038857789"), third);
        Assert.Equal(3, viber.Server.To("/send_message").Count);
        Assert.Empty(store.Values);
    }

    public static TheoryData<string, string> Refusals => new()
    {
        { FakeViberReply.Status(6, "notSubscribed").Body, "The client is not subscribed to the bot (Viber status 6: notSubscribed)" },
        { Fixtures.Text("viber", "send_message_error_courier_bad_data.json"), "Viber rejected the request data (Viber status 3: badData)" },
        { FakeViberReply.Status(24, "noBalance").Body, "The bot has no balance left for out-of-session messages (Viber status 24: noBalance)" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Send_NonZeroStatus_FailsWithReadableReason(string viberAnswer, string reason)
    {
        await using var viber = await FakeViber.StartAsync();
        viber.SendReplies.Enqueue(FakeViberReply.Ok(viberAnswer));

        var result = await SendTests.Send(viber, new OutboundMessage(Receiver, "Hi") { LocalId = "l1" });

        Assert.Equal(SendResult.Failed(reason), result);
    }

    [Fact]
    public async Task Send_WrongAuthToken_FailsWithStatus2()
    {
        await using var viber = await FakeViber.StartAsync();
        var settings = ViberTest.Settings(viber.Base);
        settings["authToken"] = "not-the-token";

        var result = await new ViberConnector().SendAsync(TestConnection.Create(settings), new OutboundMessage(Receiver, "Hi"), default);

        Assert.Equal(SendOutcome.Failed, result.Outcome);
        Assert.Contains("authentication token", result.Reason, StringComparison.Ordinal);
        Assert.Equal("not-the-token", Assert.Single(viber.Server.Requests).Headers["X-Viber-Auth-Token"]);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(503)]
    public async Task Send_Http5xx_RetriesLater(int status)
    {
        await using var viber = await FakeViber.StartAsync();
        viber.SendReplies.Enqueue(new FakeViberReply(status, "<html>Service Unavailable</html>"));

        var result = await SendTests.Send(viber, new OutboundMessage(Receiver, "Hi") { LocalId = "l1" });

        Assert.Equal(SendOutcome.Retry, result.Outcome);
        Assert.True(result.RetryAfter > TimeSpan.Zero);
    }

    [Fact]
    public async Task Send_ViberUnreachable_RetriesLater()
    {
        var result = await new ViberConnector().SendAsync(ViberTest.Connection("http://127.0.0.1:9"), new OutboundMessage(Receiver, "Hi"), default);

        Assert.Equal(SendOutcome.Retry, result.Outcome);
        Assert.Contains("could not reach Viber", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_SecondPartThrottled_RetryDoesNotResendFirstPart()
    {
        await using var viber = await FakeViber.StartAsync();
        viber.SendReplies.Enqueue(FakeViberReply.Ok(Fixtures.Text("viber", "send_message_response.json")));
        viber.SendReplies.Enqueue(FakeViberReply.Ok(Fixtures.Text("viber", "send_message_error_too_many_requests.json")));
        var store = new InMemoryConnectorStore();
        var pdf = new OutboundAttachment("a.pdf", "application/pdf", new byte[10]) { PublicUrl = "https://portal.example.com/files/a.pdf" };
        var message = new OutboundMessage(Receiver, "See attached") { LocalId = "l7", Attachments = [pdf] };

        var first = await SendTests.Send(viber, message, store);
        var retry = await SendTests.Send(viber, message, store);

        Assert.Equal(SendOutcome.Retry, first.Outcome);
        Assert.Equal(SendResult.Sent("4987381194038857789"), retry);
        var types = viber.Server.To("/send_message").Select(r => ViberTest.Json(r)["type"]!.GetValue<string>());
        Assert.Equal(["text", "file", "file"], types);
        Assert.Empty(store.Values);
    }

    [Fact]
    public async Task EditAndDelete_AnyMessage_FailWithoutCallingViber()
    {
        var connector = new ViberConnector();
        var connection = ViberTest.Connection();

        var edit = await connector.EditAsync(connection, new OutboundEdit(Receiver, "1", "new"), default);
        var delete = await connector.DeleteAsync(connection, new OutboundDelete(Receiver, "1"), default);

        Assert.Equal((SendOutcome.Failed, "Viber does not support editing a sent message."), (edit.Outcome, edit.Reason));
        Assert.Equal((SendOutcome.Failed, "Viber does not support deleting a sent message."), (delete.Outcome, delete.Reason));
    }
}
