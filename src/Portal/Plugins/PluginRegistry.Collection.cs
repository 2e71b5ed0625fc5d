namespace OpenChannels.Portal.Plugins;

/// <summary>Checks that a swapped-out version really leaves memory.</summary>
public sealed partial class PluginRegistry
{
    private static readonly TimeSpan DrainWarning = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Waits for a retired generation to drain and unload, then for its context to be collected, and warns when something keeps
    /// it alive. It holds no strong reference into the plugin: only a weak handle, the unload signal and the call counter.
    /// </summary>
    private async Task WatchCollectionAsync(string id, string version, Task unloaded, WeakReference context, PluginBulkhead calls)
    {
        try
        {
            await unloaded.WaitAsync(DrainWarning, clock);
        }
        catch (TimeoutException)
        {
            LogStillDraining(logger, id, version, DrainWarning);
            await unloaded;
        }

        var attempts = HostOptions.CollectionAttempts;
        for (var attempt = 0; attempt < attempts; attempt++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            if (!context.IsAlive)
            {
                LogCollected(logger, id, version);
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100 * (attempt + 1)), clock);
        }

        LogNotCollected(logger, id, version, calls.Running);
        await ReportLeakAsync(id, NotCollectedReason(version, attempts, calls.Running));
    }

    /// <summary>
    /// The host cannot stop a plugin's threads or timers (nothing can, in-process); what it can do is say so, where the
    /// administrator looks, and point to the fix.
    /// </summary>
    public static string NotCollectedReason(string version, int attempts, int running) =>
        $"version {version} was unloaded but could not be freed after {attempts} garbage collections: a thread or timer it started " +
        "is still running, or something still references its code" +
        (running > 0 ? $" ({running} calls abandoned after their timeout are still running)" : "") +
        "; restart the portal to free it";

    private async Task ReportLeakAsync(string id, string reason)
    {
        try
        {
            await _gate.WaitAsync();
        }
        catch (ObjectDisposedException)
        {
            return; // the portal is shutting down
        }

        try
        {
            if (_slots.TryGetValue(id, out var slot))
            {
                RecordError(slot, reason);
                if (slot.Status != PluginStatus.Active)
                {
                    slot.Reason = slot.Reason is null ? reason : $"{slot.Reason}; {reason}";
                }
            }
        }
        finally
        {
            ReleaseUnlessDisposed();
        }
    }

    private void ReleaseUnlessDisposed()
    {
        try
        {
            _gate.Release();
        }
        catch (ObjectDisposedException)
        {
            // disposed while the report was being written: nobody is left to read it
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Plugin {PluginId} {Version} was unloaded and collected")]
    private static partial void LogCollected(ILogger logger, string pluginId, string version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Plugin {PluginId} {Version} still has calls in flight after {Wait}; it unloads when they end")]
    private static partial void LogStillDraining(ILogger logger, string pluginId, string version, TimeSpan wait);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Plugin {PluginId} {Version} was unloaded but its load context was not collected; something still references it ({Running} calls still running in its code, abandoned after their timeout)")]
    private static partial void LogNotCollected(ILogger logger, string pluginId, string version, int running);
}
