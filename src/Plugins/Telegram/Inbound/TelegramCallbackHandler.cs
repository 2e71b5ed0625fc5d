using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using OpenChannels.Abstractions.Inbound;
using OpenChannels.Plugins.Telegram.Api;
using OpenChannels.Plugins.Telegram.Wire;

namespace OpenChannels.Plugins.Telegram.Inbound;

/// <summary>
/// Turns a button press into <see cref="RatingAnswered"/> and answers it with answerCallbackQuery, which Telegram
/// needs to stop the spinner on the client's button.
/// </summary>
internal static class TelegramCallbackHandler
{
    public static async Task<WebhookResult> HandleAsync(TgCallbackQuery query, TelegramApiClient api, ILogger logger, CancellationToken cancellationToken)
    {
        // Buttons are only sent in private chats, where the chat id is the user's id: it stands in when the message is gone.
        if (query is not { Id: { Length: > 0 } id } || (query.Message?.Chat?.Id ?? query.From?.Id) is not { } chatId)
        {
            return WebhookResult.Malformed("callback_query lacks id, or both message.chat.id and from.id");
        }

        var answer = await api.CallAsync(new TelegramRequest("answerCallbackQuery", new JsonObject { ["callback_query_id"] = id }), cancellationToken)
            .ConfigureAwait(false);
        if (!answer.Ok)
        {
            // The press is still recorded; the client only sees the button spin for a while.
            logger.LogWarning("answerCallbackQuery failed: {Reason}", TelegramErrorMapper.Describe(answer));
        }

        return query.Data is { Length: > 0 } data
            ? WebhookResult.Accept(new RatingAnswered(chatId.ToString(CultureInfo.InvariantCulture), data, id))
            : WebhookResult.Accept();
    }
}
