using OpenChannels.Abstractions;
using OpenChannels.Abstractions.Hosting;
using OpenChannels.Abstractions.Inbound;
using OpenChannels.Abstractions.Lifecycle;
using OpenChannels.Abstractions.Outbound;

namespace OpenChannels.TestPlugins.Hanging;

/// <summary>
/// A plugin that never answers and ignores cancellation (rule 3 of docs/plugins.md). Webhooks await forever without holding a
/// thread; sends block their thread forever, the worst case for a host.
/// </summary>
public sealed class HangingConnector : IConnector
{
    public ValueTask<SettingsValidation> ValidateSettingsAsync(IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken) =>
        Forever<SettingsValidation>();

    public ValueTask<ActivationResult> ActivateAsync(ConnectionContext connection, CancellationToken cancellationToken) => Forever<ActivationResult>();

    public async ValueTask DeactivateAsync(ConnectionContext connection, CancellationToken cancellationToken) => await Forever<bool>();

    public ValueTask<WebhookResult> HandleWebhookAsync(ConnectionContext connection, WebhookRequest request, CancellationToken cancellationToken) =>
        Forever<WebhookResult>();

    public ValueTask<SendResult> SendAsync(ConnectionContext connection, OutboundMessage message, CancellationToken cancellationToken)
    {
        Thread.Sleep(Timeout.Infinite);
        return ValueTask.FromResult(SendResult.Failed("unreachable"));
    }

    public ValueTask<SendResult> EditAsync(ConnectionContext connection, OutboundEdit edit, CancellationToken cancellationToken) => Forever<SendResult>();

    public ValueTask<SendResult> DeleteAsync(ConnectionContext connection, OutboundDelete delete, CancellationToken cancellationToken) => Forever<SendResult>();

    private static async ValueTask<T> Forever<T>()
    {
        await Task.Delay(Timeout.Infinite, CancellationToken.None);
        return default!;
    }
}
