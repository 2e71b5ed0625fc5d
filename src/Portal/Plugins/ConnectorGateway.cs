using OpenChannels.Abstractions;
using OpenChannels.Abstractions.Bots;

namespace OpenChannels.Portal.Plugins;

/// <summary>
/// The only way the portal calls into a plugin (its connector or its bot): takes a lease on the current generation (so a swap never breaks the call),
/// applies the plugin's concurrency limit and a timeout, turns a throw or a hang into a <see cref="ConnectorCallResult{T}"/>
/// instead of an exception, and reports each outcome to the breaker.
/// </summary>
public sealed partial class ConnectorGateway(PluginRegistry registry, ILogger<ConnectorGateway> logger)
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(20);

    public Task<ConnectorCallResult<T>> InvokeAsync<T>(
        string pluginId,
        string operation,
        Func<IConnector, CancellationToken, Task<T>> call,
        CancellationToken cancellationToken,
        TimeSpan? timeout = null) =>
        InvokeAsync(pluginId, operation, (connector, _, ct) => call(connector, ct), cancellationToken, timeout);

    /// <summary>
    /// As above, and also hands over the plugin version's own services (<c>IConnectorHttp</c>, its <c>ILogger</c>, the clock),
    /// to build the <c>ConnectionContext</c> from the same version that runs the call.
    /// </summary>
    public Task<ConnectorCallResult<T>> InvokeAsync<T>(
        string pluginId,
        string operation,
        Func<IConnector, IServiceProvider, CancellationToken, Task<T>> call,
        CancellationToken cancellationToken,
        TimeSpan? timeout = null) =>
        RunAsync(pluginId, operation, static lease => lease.Connector, call, timeout, cancellationToken);

    /// <summary>Calls a bot plugin's <see cref="IBot"/> with the same lease, limits, timeout and breaker as a connector call.</summary>
    public Task<ConnectorCallResult<T>> InvokeBotAsync<T>(
        string pluginId,
        string operation,
        Func<IBot, CancellationToken, Task<T>> call,
        CancellationToken cancellationToken,
        TimeSpan? timeout = null) =>
        RunAsync(pluginId, operation, static lease => lease.Bot, (bot, _, ct) => call(bot, ct), timeout, cancellationToken);

    private async Task<ConnectorCallResult<T>> RunAsync<TTarget, T>(
        string pluginId,
        string operation,
        Func<PluginLease, TTarget> target,
        Func<TTarget, IServiceProvider, CancellationToken, Task<T>> call,
        TimeSpan? timeout,
        CancellationToken cancellationToken)
    {
        using var lease = registry.TryAcquire(pluginId);
        if (lease is null)
        {
            var info = registry.Find(pluginId);
            var why = info is null ? $"the plugin '{pluginId}' is not installed" : $"the plugin '{pluginId}' is {info.Status}: {info.Reason}";
            return ConnectorCallResult<T>.Fail(ConnectorCallStatus.Unavailable, why);
        }

        TTarget instance;
        try
        {
            // Read before Task.Run: an abandoned call may start after its lease is gone.
            instance = target(lease);
        }
        catch (PluginFeatureMissingException missing)
        {
            return ConnectorCallResult<T>.Fail(ConnectorCallStatus.Unavailable, missing.Message);
        }

        var calls = lease.Generation.Calls;
        if (!await calls.TryEnterAsync(registry.HostOptions.BusyWait, cancellationToken))
        {
            LogBusy(logger, pluginId, operation, calls.Limit);
            return ConnectorCallResult<T>.Fail(ConnectorCallStatus.Unavailable, $"the plugin '{pluginId}' is busy: {calls.Limit} calls are already running");
        }

        var limit = timeout ?? DefaultTimeout;
        var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(limit);
        var token = timer.Token; // read now: the continuation below may dispose the timer as soon as the call ends
        var running = Start(instance, lease.Services, call, token);

        // The slot and the timer are freed when the plugin's code really ends, which for a hung plugin is after this call returns.
        _ = running.ContinueWith(
            static (task, state) =>
            {
                _ = task.Exception; // observed: a late throw of an abandoned call is not an unobserved task exception
                var (slots, cts) = ((PluginBulkhead, CancellationTokenSource))state!;
                cts.Dispose();
                slots.Exit();
            },
            (calls, timer),
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);

        try
        {
            var value = await running.WaitAsync(token).ConfigureAwait(false);
            registry.ReportSuccess(lease);
            return ConnectorCallResult<T>.Completed(value);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw; // the caller gave up: not the plugin's fault
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            LogTimedOut(logger, pluginId, operation, limit);
            var error = $"{pluginId} did not answer {operation} within {limit.TotalSeconds:0.###} s";
            await registry.ReportFailureAsync(lease, error).ConfigureAwait(false);
            return ConnectorCallResult<T>.Fail(ConnectorCallStatus.TimedOut, error);
        }
        catch (Exception ex)
        {
            LogFailed(logger, ex, pluginId, operation);
            var error = $"{pluginId} failed in {operation}: {ex.GetType().Name}: {ex.Message}";
            await registry.ReportFailureAsync(lease, error).ConfigureAwait(false);
            return ConnectorCallResult<T>.Fail(ConnectorCallStatus.Failed, error);
        }
    }

    // Task.Run keeps a plugin that blocks synchronously from holding the caller's thread; WaitAsync (above) bounds a plugin that
    // ignores the token.
    private static Task<T> Start<TTarget, T>(TTarget instance, IServiceProvider services, Func<TTarget, IServiceProvider, CancellationToken, Task<T>> call, CancellationToken token) =>
        Task.Run(() => call(instance, services, token), token);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Plugin {PluginId} timed out in {Operation} after {Timeout}")]
    private static partial void LogTimedOut(ILogger logger, string pluginId, string operation, TimeSpan timeout);

    [LoggerMessage(Level = LogLevel.Error, Message = "Plugin {PluginId} threw in {Operation}")]
    private static partial void LogFailed(ILogger logger, Exception exception, string pluginId, string operation);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Plugin {PluginId} is busy ({Limit} calls running); {Operation} was not started")]
    private static partial void LogBusy(ILogger logger, string pluginId, string operation, int limit);
}
