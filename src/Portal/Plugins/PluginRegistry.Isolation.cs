namespace OpenChannels.Portal.Plugins;

/// <summary>The breaker: <see cref="ConnectorGateway"/> reports every call's outcome here.</summary>
public sealed partial class PluginRegistry
{
    internal void ReportSuccess(PluginLease lease) => lease.Generation.Breaker.RecordSuccess();

    /// <summary>
    /// Records a failed or timed-out call as the plugin's last error. The failure that reaches the threshold retires the generation
    /// (TryAcquire already refuses it from that moment) and marks the plugin Faulted until an administrator enables it again
    /// or different files are installed.
    /// </summary>
    internal async Task ReportFailureAsync(PluginLease lease, string error)
    {
        var generation = lease.Generation;
        if (_slots.TryGetValue(generation.Manifest.Id, out var slot))
        {
            RecordError(slot, error);
        }

        if (slot is null || !generation.Breaker.RecordFailure())
        {
            return;
        }

        await _gate.WaitAsync(CancellationToken.None);
        try
        {
            if (slot.Current != generation)
            {
                return; // swapped out meanwhile: the new version starts with a closed breaker
            }

            var reason = $"stopped after {generation.Breaker.Threshold} failed calls in a row; last error: {error}";
            Retire(slot, PluginStatus.Faulted, reason);
            await state.SetTripAsync(slot.Id, new PluginTrip(generation.Fingerprint, reason, clock.GetUtcNow()), CancellationToken.None);
            LogTripped(logger, slot.Id, generation.Manifest.Version, reason);
        }
        finally
        {
            _gate.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Plugin {PluginId} {Version} is Faulted: {Reason}")]
    private static partial void LogTripped(ILogger logger, string pluginId, string version, string reason);
}
