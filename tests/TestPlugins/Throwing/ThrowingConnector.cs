using OpenChannels.Abstractions;
using OpenChannels.Abstractions.Hosting;
using OpenChannels.Abstractions.Inbound;
using OpenChannels.Abstractions.Lifecycle;
using OpenChannels.Abstractions.Outbound;

namespace OpenChannels.TestPlugins.Throwing;

/// <summary>A plugin that breaks rule 2 of docs/plugins.md on every call, to prove the host survives it.</summary>
public sealed class ThrowingConnector : IConnector
{
    public ValueTask<SettingsValidation> ValidateSettingsAsync(IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken) =>
        throw Boom(nameof(ValidateSettingsAsync));

    public ValueTask<ActivationResult> ActivateAsync(ConnectionContext connection, CancellationToken cancellationToken) => throw Boom(nameof(ActivateAsync));

    public ValueTask DeactivateAsync(ConnectionContext connection, CancellationToken cancellationToken) => throw Boom(nameof(DeactivateAsync));

    public async ValueTask<WebhookResult> HandleWebhookAsync(ConnectionContext connection, WebhookRequest request, CancellationToken cancellationToken)
    {
        await Task.Yield(); // throws after an await too, not only synchronously
        throw Boom(nameof(HandleWebhookAsync));
    }

    public ValueTask<SendResult> SendAsync(ConnectionContext connection, OutboundMessage message, CancellationToken cancellationToken) => throw Boom(nameof(SendAsync));

    public ValueTask<SendResult> EditAsync(ConnectionContext connection, OutboundEdit edit, CancellationToken cancellationToken) => throw Boom(nameof(EditAsync));

    public ValueTask<SendResult> DeleteAsync(ConnectionContext connection, OutboundDelete delete, CancellationToken cancellationToken) => throw Boom(nameof(DeleteAsync));

    private static InvalidOperationException Boom(string method) => new($"throwing plugin: {method} always throws");
}
