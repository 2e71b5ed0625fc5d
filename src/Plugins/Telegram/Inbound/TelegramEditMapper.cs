using System.Globalization;
using OpenChannels.Abstractions.Inbound;
using OpenChannels.Plugins.Telegram.Wire;

namespace OpenChannels.Plugins.Telegram.Inbound;

/// <summary>Maps <c>edited_message</c> to <see cref="MessageEdited"/>; the id matches the one the original message got.</summary>
internal static class TelegramEditMapper
{
    public static WebhookResult Map(TgMessage edited)
    {
        if (edited is not { MessageId: { } messageId, Chat: { Id: { } chatId } chat, Date: { } date })
        {
            return WebhookResult.Malformed("edited_message lacks message_id, chat.id or date");
        }

        if (!chat.IsPrivate)
        {
            return WebhookResult.Accept();
        }

        return WebhookResult.Accept(new MessageEdited(
            chatId.ToString(CultureInfo.InvariantCulture),
            TelegramMessageRef.Format(chatId, messageId),
            edited.Text ?? edited.Caption,
            DateTimeOffset.FromUnixTimeSeconds(edited.EditDate ?? date)));
    }
}
