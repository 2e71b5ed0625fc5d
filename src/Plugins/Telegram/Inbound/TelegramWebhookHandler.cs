using OpenChannels.Abstractions.Hosting;
using OpenChannels.Abstractions.Inbound;
using OpenChannels.Plugins.Telegram.Api;

namespace OpenChannels.Plugins.Telegram.Inbound;

/// <summary>Checks a webhook request's secret, then parses the Update and hands it to the mapper for its kind.</summary>
internal static class TelegramWebhookHandler
{
    public static async Task<WebhookResult> HandleAsync(ConnectionContext connection, WebhookRequest request, CancellationToken cancellationToken)
    {
        if (TelegramSecretCheck.Verify(request, TelegramSettings.From(connection).SecretToken) is { } reason)
        {
            return WebhookResult.Reject(reason);
        }

        if (!string.Equals(request.Method, "POST", StringComparison.OrdinalIgnoreCase))
        {
            return WebhookResult.Malformed($"Telegram delivers updates with POST, not {request.Method}");
        }

        if (TelegramUpdateParser.Parse(request.Body.Span, out var error) is not { } update)
        {
            return WebhookResult.Malformed(error ?? "unreadable Update");
        }

        try
        {
            return await MapAsync(connection, update, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or OverflowException or InvalidOperationException)
        {
            // A well-formed Update whose values are out of range (a date past year 9999, a negative size).
            return WebhookResult.Malformed($"the Update has an unreadable value: {ex.Message}");
        }
    }

    private static async Task<WebhookResult> MapAsync(ConnectionContext connection, Wire.TgUpdate update, CancellationToken cancellationToken)
    {
        var api = TelegramApiClient.For(connection);
        return update switch
        {
            { Message: { } message } => await TelegramMessageMapper.MapAsync(
                message, new TelegramFileFetcher(api, connection.MaxFileBytes), connection.MaxFileBytes, cancellationToken).ConfigureAwait(false),
            { EditedMessage: { } edited } => TelegramEditMapper.Map(edited),
            { CallbackQuery: { } query } => await TelegramCallbackHandler.HandleAsync(query, api, connection.Logger, cancellationToken).ConfigureAwait(false),
            { MyChatMember: { } member } => TelegramMemberMapper.Map(member),
            _ => WebhookResult.Accept(),
        };
    }
}
