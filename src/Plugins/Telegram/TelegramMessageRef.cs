using System.Globalization;

namespace OpenChannels.Plugins.Telegram;

/// <summary>
/// A message's id as the portal stores it: <c>{chat_id}:{message_id}</c>. Telegram numbers messages per chat, so the
/// message id alone is not unique within a connection.
/// </summary>
internal readonly record struct TelegramMessageRef(string ChatId, long MessageId)
{
    public static string Format(long chatId, long messageId) => new TelegramMessageRef(chatId.ToString(CultureInfo.InvariantCulture), messageId).ToString();

    public override string ToString() => $"{ChatId}:{MessageId.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Parses <c>{chat}:{id}</c>; a bare number is taken as a message of <paramref name="fallbackChatId"/>.</summary>
    public static bool TryParse(string? value, string? fallbackChatId, out TelegramMessageRef parsed)
    {
        parsed = default;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        var colon = value.LastIndexOf(':');
        var chat = colon < 0 ? fallbackChatId : value[..colon];
        if (string.IsNullOrWhiteSpace(chat) || !long.TryParse(value.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return false;
        }

        parsed = new TelegramMessageRef(chat, id);
        return true;
    }
}
