using System.Globalization;
using OpenChannels.Abstractions.Inbound;
using OpenChannels.Plugins.Telegram.Wire;

namespace OpenChannels.Plugins.Telegram.Inbound;

/// <summary>
/// Maps <c>my_chat_member</c>: in a private chat Telegram sends it only when the client blocks the bot (status
/// <c>kicked</c>) or unblocks it (status <c>member</c>).
/// </summary>
internal static class TelegramMemberMapper
{
    public static WebhookResult Map(TgChatMemberUpdated update)
    {
        if (update is not { Chat: { Id: { } chatId } chat, NewChatMember.Status: { } status })
        {
            return WebhookResult.Malformed("my_chat_member lacks chat.id or new_chat_member.status");
        }

        if (!chat.IsPrivate)
        {
            return WebhookResult.Accept();
        }

        var chatText = chatId.ToString(CultureInfo.InvariantCulture);
        var userId = (update.From?.Id ?? chatId).ToString(CultureInfo.InvariantCulture);
        return status switch
        {
            "kicked" => WebhookResult.Accept(new ClientReachabilityChanged(chatText, userId, false, "blocked the bot")),
            "member" => WebhookResult.Accept(new ClientReachabilityChanged(chatText, userId, true, "unblocked the bot")),
            _ => WebhookResult.Accept(),
        };
    }
}
