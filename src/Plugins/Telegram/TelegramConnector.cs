using OpenChannels.Abstractions;
using OpenChannels.Abstractions.Hosting;
using OpenChannels.Abstractions.Inbound;
using OpenChannels.Abstractions.Lifecycle;
using OpenChannels.Abstractions.Outbound;
using OpenChannels.Plugins.Telegram.Api;
using OpenChannels.Plugins.Telegram.Inbound;
using OpenChannels.Plugins.Telegram.Outbound;

namespace OpenChannels.Plugins.Telegram;

/// <summary>
/// The Telegram Bot API connector: updates arrive by webhook (checked by the secret token header), agents' messages go
/// out through sendMessage, sendPhoto and sendDocument. The work is done by the inbound mapper, the API client and the
/// outbound sender; this class only wires them.
/// </summary>
public sealed class TelegramConnector : IConnector
{
    // Telegram's limits apply per bot token across all of its connections, so the schedule lives beside the instance.
    private readonly TelegramRateLimiter _limiter = new();

    public ValueTask<SettingsValidation> ValidateSettingsAsync(IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken) =>
        ValueTask.FromResult(TelegramSettingsValidator.Validate(settings));

    public ValueTask<ActivationResult> ActivateAsync(ConnectionContext connection, CancellationToken cancellationToken) =>
        TelegramWebhookRegistration.ActivateAsync(connection, cancellationToken);

    public ValueTask DeactivateAsync(ConnectionContext connection, CancellationToken cancellationToken) =>
        TelegramWebhookRegistration.DeactivateAsync(connection, cancellationToken);

    public async ValueTask<WebhookResult> HandleWebhookAsync(ConnectionContext connection, WebhookRequest request, CancellationToken cancellationToken) =>
        await TelegramWebhookHandler.HandleAsync(connection, request, cancellationToken).ConfigureAwait(false);

    public ValueTask<SendResult> SendAsync(ConnectionContext connection, OutboundMessage message, CancellationToken cancellationToken) =>
        new TelegramSender(connection, _limiter).SendAsync(message, cancellationToken);

    public ValueTask<SendResult> EditAsync(ConnectionContext connection, OutboundEdit edit, CancellationToken cancellationToken) =>
        new TelegramEditor(connection, _limiter).EditAsync(edit, cancellationToken);

    public ValueTask<SendResult> DeleteAsync(ConnectionContext connection, OutboundDelete delete, CancellationToken cancellationToken) =>
        new TelegramEditor(connection, _limiter).DeleteAsync(delete, cancellationToken);
}
