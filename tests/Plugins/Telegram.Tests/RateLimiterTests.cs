using OpenChannels.Abstractions.Outbound;
using OpenChannels.Plugins.Telegram.Api;

namespace OpenChannels.Plugins.Telegram.Tests;

public sealed class RateLimiterTests : TelegramTest
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Reserve_ThreeMessagesToOneChat_SpacedOneSecondApart()
    {
        var limiter = new TelegramRateLimiter();

        var delays = Enumerable.Range(0, 3).Select(_ => limiter.Reserve("bot", "chat", T0)).ToList();

        Assert.Equal([TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)], delays);
    }

    [Fact]
    public void Reserve_ThirtyOneChatsAtOnce_ThirtyFirstWaitsAboutOneSecond()
    {
        var limiter = new TelegramRateLimiter();

        var delays = Enumerable.Range(0, 31).Select(i => limiter.Reserve("bot", "chat" + i, T0)).ToList();

        Assert.Equal(TimeSpan.Zero, delays[0]);
        Assert.True(delays.Zip(delays.Skip(1)).All(p => p.Second > p.First), "each later message waits longer");
        Assert.Equal(30 * TelegramRateLimiter.GlobalInterval, delays[30]);
        Assert.InRange(delays[30], TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1.1));
    }

    [Fact]
    public void Reserve_AfterTheIntervalPassed_NoWait()
    {
        var limiter = new TelegramRateLimiter();
        limiter.Reserve("bot", "chat", T0);

        Assert.Equal(TimeSpan.Zero, limiter.Reserve("bot", "chat", T0.AddSeconds(1)));
    }

    [Fact]
    public void Reserve_TwoBots_DoNotSlowEachOther()
    {
        var limiter = new TelegramRateLimiter();
        limiter.Reserve("bot-a", "chat", T0);

        Assert.Equal(TimeSpan.Zero, limiter.Reserve("bot-b", "chat", T0));
    }

    [Fact]
    public async Task Send_SecondMessageToSameChat_WaitsOnTheConnectionClock()
    {
        await Connector.SendAsync(Connection, new OutboundMessage("1111111", "one"), Ct);

        var second = Connector.SendAsync(Connection, new OutboundMessage("1111111", "two"), Ct).AsTask();
        await Clock.WaitForTimerAsync();

        Assert.Equal([TimeSpan.FromSeconds(1)], Clock.RequestedDelays);
        Assert.False(second.IsCompleted);
        Assert.Single(Telegram.Calls("sendMessage"));
        Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(SendOutcome.Sent, (await second).Outcome);
        Assert.Equal(2, Telegram.Calls("sendMessage").Count);
    }

    [Fact]
    public async Task Send_MessagesToDifferentChats_OnlyKeepTheGlobalSpacing()
    {
        await Connector.SendAsync(Connection, new OutboundMessage("1111111", "one"), Ct);

        var second = Connector.SendAsync(Connection, new OutboundMessage("2222222", "two"), Ct).AsTask();
        await Clock.WaitForTimerAsync();
        Clock.Advance(TelegramRateLimiter.GlobalInterval);
        await second;

        Assert.Equal([TelegramRateLimiter.GlobalInterval], Clock.RequestedDelays);
        Assert.Equal(2, Telegram.Calls("sendMessage").Count);
    }
}
