using System.Text.Json.Nodes;
using OpenChannels.Abstractions.Hosting;
using OpenChannels.Abstractions.Outbound;
using OpenChannels.Plugins.Telegram.Api;

namespace OpenChannels.Plugins.Telegram.Outbound;

/// <summary>Edits and deletes messages sent earlier, addressed by the <c>{chat_id}:{message_id}</c> id that Send returned.</summary>
internal sealed class TelegramEditor(ConnectionContext connection, TelegramRateLimiter limiter)
{
    public async ValueTask<SendResult> EditAsync(OutboundEdit edit, CancellationToken cancellationToken)
    {
        if (!TelegramMessageRef.TryParse(edit.MessageId, edit.ChatId, out var target))
        {
            return SendResult.Failed($"\"{edit.MessageId}\" is not a Telegram message id");
        }

        if (string.IsNullOrWhiteSpace(edit.NewText) || edit.NewText.Length > TelegramSendPlanner.TextLimit)
        {
            return SendResult.Failed($"Telegram needs 1-{TelegramSendPlanner.TextLimit} characters of text");
        }

        var api = TelegramApiClient.For(connection);
        await limiter.WaitAsync(TelegramSettings.From(connection).BotToken, target.ChatId, connection.Clock, cancellationToken).ConfigureAwait(false);
        var response = await api.CallAsync(Request("editMessageText", target, "text", edit.NewText), cancellationToken).ConfigureAwait(false);
        if (!response.Ok && TelegramErrorMapper.Has(response.Description, "there is no text in the message to edit"))
        {
            // The message is a photo or file whose caption carries the text.
            if (edit.NewText.Length > TelegramSendPlanner.CaptionLimit)
            {
                return SendResult.Failed($"A caption on Telegram holds at most {TelegramSendPlanner.CaptionLimit} characters");
            }

            response = await api.CallAsync(Request("editMessageCaption", target, "caption", edit.NewText), cancellationToken).ConfigureAwait(false);
        }

        // "message is not modified" means an earlier attempt already applied this very edit.
        return response.Ok || TelegramErrorMapper.Has(response.Description, "message is not modified")
            ? SendResult.Sent(target.ToString())
            : TelegramErrorMapper.ToSendResult(response);
    }

    public async ValueTask<SendResult> DeleteAsync(OutboundDelete delete, CancellationToken cancellationToken)
    {
        if (!TelegramMessageRef.TryParse(delete.MessageId, delete.ChatId, out var target))
        {
            return SendResult.Failed($"\"{delete.MessageId}\" is not a Telegram message id");
        }

        // A delete puts nothing in the client's chat, so it does not take a send slot.
        var response = await TelegramApiClient.For(connection).CallAsync(Request("deleteMessage", target), cancellationToken).ConfigureAwait(false);

        // "message to delete not found": already gone, which is what was asked.
        return response.Ok || TelegramErrorMapper.Has(response.Description, "message to delete not found")
            ? SendResult.Sent(target.ToString())
            : TelegramErrorMapper.ToSendResult(response);
    }

    private static TelegramRequest Request(string method, TelegramMessageRef target, string? field = null, string? value = null)
    {
        var fields = new JsonObject { ["chat_id"] = target.ChatId, ["message_id"] = target.MessageId };
        if (field is not null)
        {
            fields[field] = value;
        }

        return new TelegramRequest(method, fields);
    }
}
