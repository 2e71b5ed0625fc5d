using OpenChannels.Portal.Observability;
using Quartz;

namespace OpenChannels.Portal.Conversations.Jobs;

/// <summary>Unpins a conversation whose pin reached the channel's maximum, so auto-close applies to it again.</summary>
public sealed class PinExpiryJob(ConversationActions actions, PortalMetrics metrics) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        metrics.JobStarted("pin-expiry", JobData.Lag(context));
        if (JobData.Guid(context, "conversation") is { } conversation)
        {
            await actions.ExpirePinAsync(conversation, cancellationToken);
        }
    }
}
