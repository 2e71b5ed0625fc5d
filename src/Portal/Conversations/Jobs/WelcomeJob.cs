using OpenChannels.Portal.Observability;
using Quartz;

namespace OpenChannels.Portal.Conversations.Jobs;

/// <summary>Sends a new session's welcome (or off-hours) reply.</summary>
public sealed class WelcomeJob(AutoReplyService replies, PortalMetrics metrics) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        metrics.JobStarted("welcome", JobData.Lag(context));
        if (JobData.Guid(context, "session") is { } session)
        {
            await replies.WelcomeAsync(session, cancellationToken);
        }
    }
}
