using OpenChannels.Abstractions.Hosting;
using OpenChannels.Abstractions.Inbound;
using OpenChannels.Abstractions.Lifecycle;
using OpenChannels.Abstractions.Outbound;

namespace OpenChannels.Abstractions;

/// <summary>
/// A messenger connector. The host creates one instance per loaded plugin generation and calls it for every connection of
/// that plugin, so an implementation keeps per-connection state in <see cref="ConnectionContext.Store"/>, never in fields.
/// Every call carries a cancellation token that the host cancels on its timeout; honour it.
/// </summary>
public interface IConnector
{
    /// <summary>Checks settings before they are saved. Return every problem at once, with a message an administrator understands.</summary>
    ValueTask<SettingsValidation> ValidateSettingsAsync(IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken);

    /// <summary>Makes a connection live, for example by registering <see cref="ConnectionContext.WebhookUrl"/> with the messenger.</summary>
    ValueTask<ActivationResult> ActivateAsync(ConnectionContext connection, CancellationToken cancellationToken);

    /// <summary>Stops a connection, for example by removing the webhook. Failures are logged by the host and do not block removal.</summary>
    ValueTask DeactivateAsync(ConnectionContext connection, CancellationToken cancellationToken);

    /// <summary>
    /// Turns one webhook request into normalized events. The plugin checks authenticity first and answers
    /// <see cref="WebhookResult.Reject"/> when it fails. The host stores the events before it gives the response.
    /// </summary>
    ValueTask<WebhookResult> HandleWebhookAsync(ConnectionContext connection, WebhookRequest request, CancellationToken cancellationToken);

    /// <summary>Sends an agent's message to the client.</summary>
    ValueTask<SendResult> SendAsync(ConnectionContext connection, OutboundMessage message, CancellationToken cancellationToken);

    /// <summary>Edits a message sent earlier. Called only when the manifest lists <c>editOutgoing</c>.</summary>
    ValueTask<SendResult> EditAsync(ConnectionContext connection, OutboundEdit edit, CancellationToken cancellationToken);

    /// <summary>Deletes a message sent earlier. Called only when the manifest lists <c>deleteOutgoing</c>.</summary>
    ValueTask<SendResult> DeleteAsync(ConnectionContext connection, OutboundDelete delete, CancellationToken cancellationToken);
}
