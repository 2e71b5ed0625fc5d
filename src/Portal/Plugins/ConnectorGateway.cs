using OpenChannels.Abstractions;

namespace OpenChannels.Portal.Plugins;

/// <summary>
/// The only way the portal calls into a plugin: takes a lease on the current generation (so a swap never breaks the call),
/// applies a timeout, and turns a throw or a hang into a <see cref="ConnectorCallResult{T}"/> instead of an exception.
/// </summary>
public sealed partial class ConnectorGateway(PluginRegistry registry, ILogger<ConnectorGateway> logger)
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(20);

    public async Task<ConnectorCallResult<T>> InvokeAsync<T>(
        string pluginId,
        string operation,
        Func<IConnector, CancellationToken, Task<T>> call,
        CancellationToken cancellationToken,
        TimeSpan? timeout = null)
    {
        using var lease = registry.TryAcquire(pluginId);
        if (lease is null)
        {
            var info = registry.Find(pluginId);
            var why = info is null ? $"the plugin '{pluginId}' is not installed" : $"the plugin '{pluginId}' is {info.Status}: {info.Reason}";
            return ConnectorCallResult<T>.Fail(ConnectorCallStatus.Unavailable, why);
        }

        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cts.CancelAfter(timeout ?? DefaultTimeout);
        try
        {
            // Task.Run keeps a plugin that blocks synchronously from holding the caller's thread; WaitAsync bounds a plugin that ignores the token.
            var value = await Task.Run(() => call(lease.Connector, cts.Token), cts.Token).WaitAsync(cts.Token).ConfigureAwait(false);
            return ConnectorCallResult<T>.Completed(value);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            LogTimedOut(logger, pluginId, operation);
            return ConnectorCallResult<T>.Fail(ConnectorCallStatus.TimedOut, $"{pluginId} did not answer {operation} in time");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(logger, ex, pluginId, operation);
            return ConnectorCallResult<T>.Fail(ConnectorCallStatus.Failed, $"{pluginId} failed in {operation}: {ex.Message}");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Plugin {PluginId} timed out in {Operation}")]
    private static partial void LogTimedOut(ILogger logger, string pluginId, string operation);

    [LoggerMessage(Level = LogLevel.Error, Message = "Plugin {PluginId} threw in {Operation}")]
    private static partial void LogFailed(ILogger logger, Exception exception, string pluginId, string operation);
}
