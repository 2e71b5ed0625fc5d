using System.Globalization;
using OpenChannels.Abstractions.Inbound;
using OpenChannels.Plugins.Telegram.Wire;

namespace OpenChannels.Plugins.Telegram.Inbound;

/// <summary>Maps a client's message in a private chat to an <see cref="InboundMessage"/>, fetching its file if it has one.</summary>
internal static class TelegramMessageMapper
{
    private const string Unsupported = "A Telegram message of a kind the inbox cannot show (for example a poll or a game).";

    public static async Task<WebhookResult> MapAsync(TgMessage message, TelegramFileFetcher files, long maxBytes, CancellationToken cancellationToken)
    {
        if (message is not { MessageId: { } messageId, Chat: { Id: { } chatId } chat, Date: { } date })
        {
            return WebhookResult.Malformed("message lacks message_id, chat.id or date");
        }

        if (!chat.IsPrivate)
        {
            // The inbox talks to clients one to one; groups and channels the bot was added to are not conversations.
            return WebhookResult.Accept();
        }

        var attachments = new List<InboundAttachment>();
        if (TelegramMediaPicker.Pick(message, maxBytes) is { } media)
        {
            attachments.Add(await files.FetchAsync(media, cancellationToken).ConfigureAwait(false));
        }
        else if (TelegramCardMapper.Describe(message) is { } card)
        {
            attachments.Add(card);
        }

        var text = message.Text ?? message.Caption;
        if (text is null && attachments.Count == 0)
        {
            attachments.Add(new InboundAttachment("file", null, null) { Description = Unsupported });
        }

        var inbound = new InboundMessage(
            chatId.ToString(CultureInfo.InvariantCulture),
            TelegramUserMapper.Map(message.From, chat),
            TelegramMessageRef.Format(chatId, messageId),
            DateTimeOffset.FromUnixTimeSeconds(date),
            text)
        {
            Attachments = attachments,
            ReplyToMessageId = message.ReplyToMessage?.MessageId is { } replied
                ? TelegramMessageRef.Format(message.ReplyToMessage.Chat?.Id ?? chatId, replied)
                : null,
        };
        return WebhookResult.Accept(inbound);
    }
}
