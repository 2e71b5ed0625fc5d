using OpenChannels.Abstractions.Hosting;
using OpenChannels.Abstractions.Outbound;
using OpenChannels.Plugins.Telegram.Api;

namespace OpenChannels.Plugins.Telegram.Outbound;

/// <summary>Runs a send plan call by call, within the rate limits, stopping at the first failure.</summary>
internal sealed class TelegramSender(ConnectionContext connection, TelegramRateLimiter limiter)
{
    public async ValueTask<SendResult> SendAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        var steps = TelegramSendPlanner.Plan(message, connection.MaxFileBytes, out var error);
        if (error is not null)
        {
            return SendResult.Failed(error);
        }

        var api = TelegramApiClient.For(connection);
        var progress = await TelegramSendProgress.LoadAsync(connection.Store, message.LocalId, steps.Count > 1, cancellationToken).ConfigureAwait(false);
        for (var i = progress.Count; i < steps.Count; i++)
        {
            var response = await CallAsync(api, message.ChatId, steps[i], cancellationToken).ConfigureAwait(false);
            if (!response.Ok)
            {
                return TelegramErrorMapper.ToSendResult(response);
            }

            await progress.AddAsync(TelegramResultReader.MessageRef(response.Result, message.ChatId), cancellationToken).ConfigureAwait(false);
        }

        await progress.ClearAsync(cancellationToken).ConfigureAwait(false);
        return SendResult.Sent(progress.First);
    }

    private async Task<TelegramApiResponse> CallAsync(TelegramApiClient api, string chatId, TelegramRequest step, CancellationToken cancellationToken)
    {
        var token = TelegramSettings.From(connection).BotToken;
        await limiter.WaitAsync(token, chatId, connection.Clock, cancellationToken).ConfigureAwait(false);
        var response = await api.CallAsync(step, cancellationToken).ConfigureAwait(false);
        if (!response.Ok && step.Method == "sendPhoto" && response.ErrorCode == 400 &&
            (TelegramErrorMapper.Has(response.Description, "PHOTO_") || TelegramErrorMapper.Has(response.Description, "IMAGE_PROCESS_FAILED")))
        {
            await limiter.WaitAsync(token, chatId, connection.Clock, cancellationToken).ConfigureAwait(false);
            response = await api.CallAsync(TelegramSendPlanner.AsDocument(step), cancellationToken).ConfigureAwait(false);
        }

        return response;
    }
}
