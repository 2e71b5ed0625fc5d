using OpenChannels.Abstractions;
using OpenChannels.Abstractions.Hosting;
using OpenChannels.Abstractions.Inbound;
using OpenChannels.Abstractions.Lifecycle;
using OpenChannels.Abstractions.Outbound;

namespace OpenChannels.TestPlugins.Leaking;

/// <summary>
/// A plugin that answers every call at once but leaves work behind (breaking rule 6 of docs/plugins.md): each webhook starts a thread
/// that never ends and a timer that is never disposed. Both keep its load context alive after it is unloaded.
/// </summary>
public sealed class LeakingConnector : IConnector
{
    private static readonly List<Timer> Timers = [];
    private static long _ticks;

    public ValueTask<SettingsValidation> ValidateSettingsAsync(IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken) =>
        ValueTask.FromResult(SettingsValidation.Valid);

    public ValueTask<ActivationResult> ActivateAsync(ConnectionContext connection, CancellationToken cancellationToken) =>
        ValueTask.FromResult(ActivationResult.Ok());

    public ValueTask DeactivateAsync(ConnectionContext connection, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask<WebhookResult> HandleWebhookAsync(ConnectionContext connection, WebhookRequest request, CancellationToken cancellationToken)
    {
        // Background, or the test process itself could never exit; a foreground thread would leak just the same.
        new Thread(Spin) { IsBackground = true, Name = "leaking-plugin" }.Start();
        lock (Timers)
        {
            Timers.Add(new Timer(_ => Interlocked.Increment(ref _ticks), null, TimeSpan.Zero, TimeSpan.FromSeconds(1)));
        }

        return ValueTask.FromResult(WebhookResult.Accept());
    }

    public ValueTask<SendResult> SendAsync(ConnectionContext connection, OutboundMessage message, CancellationToken cancellationToken) =>
        ValueTask.FromResult(SendResult.Failed("leaking plugin sends nothing"));

    public ValueTask<SendResult> EditAsync(ConnectionContext connection, OutboundEdit edit, CancellationToken cancellationToken) =>
        ValueTask.FromResult(SendResult.Failed("leaking plugin edits nothing"));

    public ValueTask<SendResult> DeleteAsync(ConnectionContext connection, OutboundDelete delete, CancellationToken cancellationToken) =>
        ValueTask.FromResult(SendResult.Failed("leaking plugin deletes nothing"));

    private static void Spin()
    {
        while (true)
        {
            Thread.Sleep(500);
        }
    }
}
