namespace OpenChannels.Plugins.Telegram.Api;

/// <summary>The next free send slot of one bot, overall and per chat. Not thread-safe: the limiter locks around it.</summary>
internal sealed class TelegramBotSchedule
{
    private const int PruneAbove = 10_000;

    private readonly Dictionary<string, DateTimeOffset> _nextPerChat = new(StringComparer.Ordinal);
    private DateTimeOffset _nextGlobal = DateTimeOffset.MinValue;

    public DateTimeOffset Reserve(string chatId, DateTimeOffset now)
    {
        var slot = now;
        if (_nextGlobal > slot)
        {
            slot = _nextGlobal;
        }

        if (_nextPerChat.TryGetValue(chatId, out var chatNext) && chatNext > slot)
        {
            slot = chatNext;
        }

        _nextGlobal = slot + TelegramRateLimiter.GlobalInterval;
        _nextPerChat[chatId] = slot + TelegramRateLimiter.PerChatInterval;
        if (_nextPerChat.Count > PruneAbove)
        {
            // Chats whose slot has passed impose nothing; forgetting them keeps a busy bot's memory flat.
            foreach (var idle in _nextPerChat.Where(e => e.Value <= now).Select(e => e.Key).ToList())
            {
                _nextPerChat.Remove(idle);
            }
        }

        return slot;
    }
}
