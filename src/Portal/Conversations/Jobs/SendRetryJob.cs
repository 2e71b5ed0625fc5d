using OpenChannels.Portal.Observability;
using Quartz;

namespace OpenChannels.Portal.Conversations.Jobs;

/// <summary>Tries again to send a message the messenger asked to retry later.</summary>
public sealed class SendRetryJob(OutboundSender sender, PortalMetrics metrics) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        metrics.JobStarted("send-retry", JobData.Lag(context));
        if (JobData.Long(context, "message") is { } message)
        {
            await sender.SendAsync(message, cancellationToken);
        }
    }
}
