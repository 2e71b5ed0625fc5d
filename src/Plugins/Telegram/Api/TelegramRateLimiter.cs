namespace OpenChannels.Plugins.Telegram.Api;

/// <summary>
/// Keeps a bot under Telegram's limits (about one message a second per chat, about 30 a second overall) by handing out
/// send slots. Each caller reserves the next free slot and waits for it on the connection's clock, so waiting is
/// ordered, fair and testable with a fake <see cref="TimeProvider"/>.
/// </summary>
internal sealed class TelegramRateLimiter
{
    public static readonly TimeSpan PerChatInterval = TimeSpan.FromSeconds(1);
    // 34 ms rather than 33.3: timers work in whole milliseconds, and rounding down would exceed 30 a second.
    public static readonly TimeSpan GlobalInterval = TimeSpan.FromMilliseconds(34);

    private readonly Lock _gate = new();
    private readonly Dictionary<string, TelegramBotSchedule> _bots = new(StringComparer.Ordinal);

    /// <summary>Reserves a slot for one message and returns how long to wait for it.</summary>
    public TimeSpan Reserve(string botToken, string chatId, DateTimeOffset now)
    {
        lock (_gate)
        {
            if (!_bots.TryGetValue(botToken, out var bot))
            {
                bot = new TelegramBotSchedule();
                _bots[botToken] = bot;
            }

            return bot.Reserve(chatId, now) - now;
        }
    }

    /// <summary>Waits for the next slot. A cancelled wait gives up its slot, which only makes later senders more careful.</summary>
    public Task WaitAsync(string botToken, string chatId, TimeProvider clock, CancellationToken cancellationToken)
    {
        var delay = Reserve(botToken, chatId, clock.GetUtcNow());
        return delay > TimeSpan.Zero ? Task.Delay(delay, clock, cancellationToken) : Task.CompletedTask;
    }
}
