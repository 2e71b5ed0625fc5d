using OpenChannels.Abstractions;
using OpenChannels.Abstractions.Hosting;
using OpenChannels.Abstractions.Inbound;
using OpenChannels.Abstractions.Lifecycle;
using OpenChannels.Abstractions.Outbound;
using OpenChannels.TestPlugins.MissingDependency.Helper;

namespace OpenChannels.TestPlugins.MissingDependency;

/// <summary>Would work, if its base class's assembly had been shipped beside it.</summary>
public sealed class MissingDependencyConnector : ConnectorBase, IConnector
{
    public ValueTask<SettingsValidation> ValidateSettingsAsync(IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken) =>
        ValueTask.FromResult(SettingsValidation.Valid);

    public ValueTask<ActivationResult> ActivateAsync(ConnectionContext connection, CancellationToken cancellationToken) => ValueTask.FromResult(ActivationResult.Ok());

    public ValueTask DeactivateAsync(ConnectionContext connection, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask<WebhookResult> HandleWebhookAsync(ConnectionContext connection, WebhookRequest request, CancellationToken cancellationToken) =>
        ValueTask.FromResult(WebhookResult.Respond(Greeting));

    public ValueTask<SendResult> SendAsync(ConnectionContext connection, OutboundMessage message, CancellationToken cancellationToken) =>
        ValueTask.FromResult(SendResult.Sent(message.LocalId));

    public ValueTask<SendResult> EditAsync(ConnectionContext connection, OutboundEdit edit, CancellationToken cancellationToken) =>
        ValueTask.FromResult(SendResult.Sent(edit.MessageId));

    public ValueTask<SendResult> DeleteAsync(ConnectionContext connection, OutboundDelete delete, CancellationToken cancellationToken) =>
        ValueTask.FromResult(SendResult.Sent(delete.MessageId));
}
