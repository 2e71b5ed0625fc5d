using System.Diagnostics.CodeAnalysis;

namespace OpenChannels.Portal.Plugins;

/// <summary>
/// The per-plugin concurrency limit. A slot is freed when the plugin's code really returns, not when the caller gives up on
/// it, so a plugin that hangs can hold at most <see cref="Limit"/> threads or tasks, never the whole thread pool.
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "Never disposed: calls abandoned on timeout release their slot whenever they end.")]
internal sealed class PluginBulkhead(int limit)
{
    private readonly SemaphoreSlim _slots = new(limit, limit);

    public int Limit => limit;

    public int Running => limit - _slots.CurrentCount;

    public Task<bool> TryEnterAsync(TimeSpan wait, CancellationToken cancellationToken) => _slots.WaitAsync(wait, cancellationToken);

    public void Exit() => _slots.Release();
}
