using System.Text.Json;
using OpenChannels.Abstractions;
using OpenChannels.Abstractions.Hosting;
using OpenChannels.Abstractions.Inbound;
using OpenChannels.Abstractions.Lifecycle;
using OpenChannels.Abstractions.Outbound;

namespace OpenChannels.Plugins.Viber;

/// <summary>
/// Viber (REST Bot API). Activation registers the connection's webhook with <c>set_webhook</c>; callbacks are checked
/// against <c>X-Viber-Content-Signature</c> before they are read; agents' messages go out through <c>send_message</c>.
/// </summary>
public sealed class ViberConnector : IConnector
{
    public ValueTask<SettingsValidation> ValidateSettingsAsync(IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new SettingsValidation(ViberSettingsValidator.Validate(settings)));

    public async ValueTask<ActivationResult> ActivateAsync(ConnectionContext connection, CancellationToken cancellationToken)
    {
        var api = new ViberApiClient(connection.Http.CreateClient(), ViberSettings.From(connection));
        var reply = await api.SetWebhookAsync(ViberWebhookRequest.Register(connection.WebhookUrl), cancellationToken).ConfigureAwait(false);
        return reply.IsOk
            ? ActivationResult.Ok()
            : ActivationResult.Failed("Viber refused the webhook: " +
                (reply.TransientError ?? reply.PermanentError ?? ViberStatus.Describe(reply.Status, reply.StatusMessage)));
    }

    public async ValueTask DeactivateAsync(ConnectionContext connection, CancellationToken cancellationToken)
    {
        var api = new ViberApiClient(connection.Http.CreateClient(), ViberSettings.From(connection));
        var reply = await api.SetWebhookAsync(ViberWebhookRequest.Remove(), cancellationToken).ConfigureAwait(false);
        if (!reply.IsOk)
        {
            connection.Logger.LogViberWebhookRemovalFailed(connection.ConnectionId,
                reply.TransientError ?? reply.PermanentError ?? ViberStatus.Describe(reply.Status, reply.StatusMessage));
        }
    }

    public ValueTask<WebhookResult> HandleWebhookAsync(ConnectionContext connection, WebhookRequest request, CancellationToken cancellationToken)
    {
        var settings = ViberSettings.From(connection);
        if (!ViberSignature.IsAuthentic(request, settings.AuthToken))
        {
            return ValueTask.FromResult(WebhookResult.Reject($"missing or wrong {ViberSignature.Header}"));
        }

        try
        {
            using var document = JsonDocument.Parse(request.Body);
            return ValueTask.FromResult(ViberEventMapper.Map(document.RootElement, settings, connection.Clock.GetUtcNow()));
        }
        catch (JsonException ex)
        {
            return ValueTask.FromResult(WebhookResult.Malformed($"the callback body is not valid JSON: {ex.Message}"));
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or ArgumentException or OverflowException)
        {
            // Valid JSON with values of the wrong kind or range (a lone surrogate, a timestamp past year 9999).
            return ValueTask.FromResult(WebhookResult.Malformed($"the callback has an unreadable value: {ex.Message}"));
        }
    }

    public ValueTask<SendResult> SendAsync(ConnectionContext connection, OutboundMessage message, CancellationToken cancellationToken) =>
        ViberMessageSender.SendAsync(connection, message, cancellationToken);

    public ValueTask<SendResult> EditAsync(ConnectionContext connection, OutboundEdit edit, CancellationToken cancellationToken) =>
        ValueTask.FromResult(SendResult.Failed("Viber does not support editing a sent message."));

    public ValueTask<SendResult> DeleteAsync(ConnectionContext connection, OutboundDelete delete, CancellationToken cancellationToken) =>
        ValueTask.FromResult(SendResult.Failed("Viber does not support deleting a sent message."));
}
