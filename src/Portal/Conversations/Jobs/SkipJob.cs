using OpenChannels.Portal.Channels;
using OpenChannels.Portal.Observability;
using Quartz;

namespace OpenChannels.Portal.Conversations.Jobs;

/// <summary>Passes a conversation nobody answered in time to the next agent; does nothing if it was answered or reassigned since.</summary>
public sealed class SkipJob(RoutingService routing, Microsoft.EntityFrameworkCore.IDbContextFactory<Data.AppDbContext> factory, PortalMetrics metrics) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        metrics.JobStarted("skip", JobData.Lag(context));
        if (JobData.Guid(context, "session") is not { } sessionId || JobData.Long(context, "assignment") is not { } assignment)
        {
            return;
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var conversationId = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstOrDefaultAsync(
            db.Sessions.Where(s => s.Id == sessionId).Select(s => (Guid?)s.ConversationId), cancellationToken);
        if (conversationId is { } id)
        {
            await routing.SkipAsync(Actor.System, id, (int)assignment, cancellationToken);
        }
    }
}
