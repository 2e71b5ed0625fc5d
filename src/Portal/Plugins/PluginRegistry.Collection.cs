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

        for (var attempt = 0; attempt < 20; attempt++)
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
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Plugin {PluginId} {Version} was unloaded and collected")]
    private static partial void LogCollected(ILogger logger, string pluginId, string version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Plugin {PluginId} {Version} still has calls in flight after {Wait}; it unloads when they end")]
    private static partial void LogStillDraining(ILogger logger, string pluginId, string version, TimeSpan wait);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Plugin {PluginId} {Version} was unloaded but its load context was not collected; something still references it ({Running} calls still running in its code, abandoned after their timeout)")]
    private static partial void LogNotCollected(ILogger logger, string pluginId, string version, int running);
}
