using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Data;
using OpenChannels.Portal.Observability;
using Quartz;

namespace OpenChannels.Portal.Conversations.Jobs;

/// <summary>Every minute: closes conversations idle longer than their channel's auto-close time, unless pinned.</summary>
[DisallowConcurrentExecution]
public sealed class InactivityCloseJob(IDbContextFactory<AppDbContext> factory, SessionCloser closer, PortalMetrics metrics, TimeProvider clock) : IJob
{
    public static readonly JobKey Key = new("inactivity-close", ConversationJobs.Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        metrics.JobStarted("inactivity-close", JobData.Lag(context));
        var now = clock.GetUtcNow();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var channels = await db.Channels.Where(c => c.AutoCloseMinutes != null).Select(c => new { c.Id, c.AutoCloseMinutes }).ToListAsync(cancellationToken);
        foreach (var channel in channels)
        {
            var idleSince = now.AddMinutes(-channel.AutoCloseMinutes!.Value);
            var idle = await db.Conversations
                .Where(c => c.ChannelId == channel.Id && c.Status != ConversationStatus.Closed && c.LastMessageAt < idleSince
                            && (c.PinnedUntil == null || c.PinnedUntil < now))
                .Select(c => c.Id).Take(500).ToListAsync(cancellationToken);
            foreach (var id in idle)
            {
                await closer.AutoCloseAsync(id, idleSince, cancellationToken);
            }
        }
    }
}
