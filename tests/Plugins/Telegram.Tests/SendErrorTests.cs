using OpenChannels.Abstractions.Outbound;
using OpenChannels.Plugins.Telegram.Tests.Fakes;
using OpenChannels.Plugins.Testing;

namespace OpenChannels.Plugins.Telegram.Tests;

public sealed class SendErrorTests : TelegramTest
{
    private static readonly OutboundMessage Hello = new("1111111", "Hello") { LocalId = "m-1" };

    [Fact]
    public async Task Send_FloodControl429_RetryLaterThenSecondCallSucceeds()
    {
        Telegram.Enqueue("sendMessage", 429, Fixtures.Text("telegram", "error_429_retry_after.json"));

        var first = await Connector.SendAsync(Connection, Hello, Ct);
        Clock.Advance(first.RetryAfter);
        var second = await Connector.SendAsync(Connection, Hello, Ct);

        Assert.Equal(SendOutcome.Retry, first.Outcome);
        Assert.Equal(TimeSpan.FromSeconds(30), first.RetryAfter);
        Assert.Equal(SendResult.Sent("1111111:501"), second);
        Assert.Equal(2, Telegram.Calls("sendMessage").Count);
    }

    [Fact]
    public async Task Send_BotBlocked403_FailsWithReadableReason()
    {
        Telegram.Enqueue("sendMessage", 403, Fixtures.Text("telegram", "error_403_bot_blocked.json"));

        var result = await Connector.SendAsync(Connection, Hello, Ct);

        Assert.Equal(SendResult.Failed("The client blocked the bot"), result);
    }

    [Fact]
    public async Task Send_ErrorWithRetryAfterParameter_RetriesAfterThatManySeconds()
    {
        Telegram.Enqueue("sendMessage", 400, Fixtures.Text("telegram", "error_response_with_parameters.json"));

        var result = await Connector.SendAsync(Connection, Hello, Ct);

        Assert.Equal(SendOutcome.Retry, result.Outcome);
        Assert.Equal(TimeSpan.FromSeconds(421), result.RetryAfter);
    }

    [Fact]
    public async Task Send_BadRequest_FailsWithTelegramsDescription()
    {
        Telegram.Enqueue("sendMessage", 400, FakeTelegramReplies.Error(400, "Bad Request: chat not found"));

        var result = await Connector.SendAsync(Connection, Hello, Ct);

        Assert.Equal(SendResult.Failed("Bad Request: chat not found"), result);
    }

    [Theory]
    [InlineData(500, "{\"ok\":false,\"error_code\":500,\"description\":\"Internal Server Error\"}")]
    [InlineData(502, "<html><body>502 Bad Gateway</body></html>")]
    [InlineData(503, "")]
    public async Task Send_ServerError_RetryLater(int status, string body)
    {
        Telegram.Enqueue("sendMessage", status, body);

        var result = await Connector.SendAsync(Connection, Hello, Ct);

        Assert.Equal(SendOutcome.Retry, result.Outcome);
        Assert.True(result.RetryAfter > TimeSpan.Zero);
    }

    [Fact]
    public async Task Send_NetworkError_RetryLater()
    {
        var settings = Settings;
        settings["apiBaseUrl"] = "http://127.0.0.1:1"; // nothing listens on port 1

        var result = await Connector.SendAsync(TestConnection.Create(settings, clock: Clock), Hello, Ct);

        Assert.Equal(SendOutcome.Retry, result.Outcome);
        Assert.Contains("could not be reached", result.Reason);
    }

    [Fact]
    public async Task Send_WrongToken_FailsWithoutLeakingToken()
    {
        var settings = Settings;
        settings["botToken"] = "987654321:SOME-other_token-that-the-fake-rejects0";

        var result = await Connector.SendAsync(TestConnection.Create(settings, clock: Clock), Hello, Ct);

        Assert.Equal(SendOutcome.Failed, result.Outcome);
        Assert.DoesNotContain("SOME-other_token", result.Reason);
    }

    [Fact]
    public async Task Send_CancelledWhileWaitingForRateLimit_Throws()
    {
        await Connector.SendAsync(Connection, Hello, Ct);
        using var cancel = new CancellationTokenSource();

        var pending = Connector.SendAsync(Connection, Hello, cancel.Token).AsTask();
        await Clock.WaitForTimerAsync();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pending);
        Assert.Single(Telegram.Calls("sendMessage"));
    }
}
