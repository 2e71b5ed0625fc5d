using OpenChannels.Portal.Plugins;

namespace OpenChannels.Portal.Connections.Polling;

/// <summary>At start-up, once the plugins are loaded, brings the import jobs in line with the connections (<see cref="PollSchedule.SyncAllAsync"/>).</summary>
public sealed partial class PollStartup(PluginRegistry registry, PollSchedule schedule, ILogger<PollStartup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await registry.Scanned.WaitAsync(stoppingToken);
        try
        {
            await schedule.SyncAllAsync(stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogSyncFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The import jobs could not be scheduled at start-up; they are scheduled again when a connection is saved")]
    private static partial void LogSyncFailed(ILogger logger, Exception exception);
}
