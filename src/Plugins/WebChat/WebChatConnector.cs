using System.Security.Cryptography;
using System.Text.Json;
using OpenChannels.Abstractions;
using OpenChannels.Abstractions.Hosting;
using OpenChannels.Abstractions.Inbound;
using OpenChannels.Abstractions.Lifecycle;
using OpenChannels.Abstractions.Outbound;

namespace OpenChannels.Plugins.WebChat;

/// <summary>
/// The web chat widget. The portal is the messenger here: it serves the widget and its endpoints, checks the visitor's token,
/// the origin and the limits, and relays each visitor action to <see cref="HandleWebhookAsync"/> signed with the connection's
/// relay secret. Agents' messages, edits and deletes go to the visitors' open connections through <see cref="ConnectionContext.Push"/>.
/// </summary>
public sealed class WebChatConnector : IConnector
{
    public const string SignatureHeader = "X-WebChat-Signature";

    public ValueTask<SettingsValidation> ValidateSettingsAsync(IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken) =>
        ValueTask.FromResult(WebChatSettings.Validate(settings));

    public ValueTask<ActivationResult> ActivateAsync(ConnectionContext connection, CancellationToken cancellationToken) =>
        ValueTask.FromResult(connection.GetSetting(WebChatSettings.RelaySecret).Length >= 32
            ? ActivationResult.Ok()
            : ActivationResult.Ok(new Dictionary<string, string> { [WebChatSettings.RelaySecret] = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)) }));

    public ValueTask DeactivateAsync(ConnectionContext connection, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask<WebhookResult> HandleWebhookAsync(ConnectionContext connection, WebhookRequest request, CancellationToken cancellationToken)
    {
        // Only the portal's widget endpoints know the relay secret: a request straight to the webhook URL is refused.
        if (request.Method != "POST" || !WebhookSignature.IsValidHmacSha256Hex(request.Body.Span, connection.GetSetting(WebChatSettings.RelaySecret), request.Header(SignatureHeader)))
        {
            return ValueTask.FromResult(WebhookResult.Reject($"missing or wrong {SignatureHeader}"));
        }

        WebChatEnvelope? envelope;
        try
        {
            envelope = JsonSerializer.Deserialize<WebChatEnvelope>(request.Body.Span, WebChatJson.Options);
        }
        catch (JsonException ex)
        {
            return ValueTask.FromResult(WebhookResult.Malformed("body is not valid JSON: " + ex.Message));
        }

        return ValueTask.FromResult(WebChatEventMapper.Map(envelope, connection.Clock));
    }

    public async ValueTask<SendResult> SendAsync(ConnectionContext connection, OutboundMessage message, CancellationToken cancellationToken)
    {
        var id = WebChatIds.Outgoing(message.LocalId);
        await connection.Push.PushAsync(message.ChatId, WebChatPush.Message(id, message, connection.Clock.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        return SendResult.Sent(id);
    }

    public async ValueTask<SendResult> EditAsync(ConnectionContext connection, OutboundEdit edit, CancellationToken cancellationToken)
    {
        await connection.Push.PushAsync(edit.ChatId, WebChatPush.Edit(edit), cancellationToken).ConfigureAwait(false);
        return SendResult.Sent(edit.MessageId);
    }

    public async ValueTask<SendResult> DeleteAsync(ConnectionContext connection, OutboundDelete delete, CancellationToken cancellationToken)
    {
        await connection.Push.PushAsync(delete.ChatId, WebChatPush.Delete(delete), cancellationToken).ConfigureAwait(false);
        return SendResult.Sent(delete.MessageId);
    }
}
