using System.Globalization;
using System.Text.Json;

namespace OpenChannels.Plugins.Telegram.Outbound;

/// <summary>Reads the sent Message that send* methods return, as the <c>{chat_id}:{message_id}</c> external id.</summary>
internal static class TelegramResultReader
{
    public static string MessageRef(JsonElement result, string fallbackChatId)
    {
        if (result.ValueKind != JsonValueKind.Object || !result.TryGetProperty("message_id", out var id) || !id.TryGetInt64(out var messageId))
        {
            // Sent, but Telegram did not say under which id; edits and deletes of it will be refused.
            return $"{fallbackChatId}:unknown";
        }

        var chat = result.TryGetProperty("chat", out var c) && c.ValueKind == JsonValueKind.Object && c.TryGetProperty("id", out var cid) && cid.TryGetInt64(out var chatId)
            ? chatId.ToString(CultureInfo.InvariantCulture)
            : fallbackChatId;
        return new TelegramMessageRef(chat, messageId).ToString();
    }
}
