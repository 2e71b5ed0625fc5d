using OpenChannels.Portal.Conversations.Jobs;
using OpenChannels.Portal.Observability;
using Quartz;

namespace OpenChannels.Portal.Connections.Polling;

/// <summary>One connection's recurring import. Runs of the same connection never overlap; a connection that is gone loses its job.</summary>
[DisallowConcurrentExecution]
public sealed class PollJob(PollRunner runner, PollSchedule schedule, PortalMetrics metrics) : IJob
{
    public const string ConnectionKey = "connection";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        metrics.JobStarted("poll", JobData.Lag(context));
        if (JobData.Guid(context, ConnectionKey) is { } connectionId && !await runner.RunAsync(connectionId, cancellationToken))
        {
            await schedule.ConnectionRemovedAsync(connectionId, cancellationToken);
        }
    }
}
