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
            // Per open status, so that each read is a range on the (ChannelId, Status, LastMessageAt) index: nothing due reads nothing.
            foreach (var status in ConversationStatuses.Open)
            {
                var idle = await Due(db, channel.Id, status, idleSince, now).Select(c => c.Id).ToListAsync(cancellationToken);
                foreach (var id in idle)
                {
                    await closer.AutoCloseAsync(id, idleSince, cancellationToken);
                }
            }
        }
    }

    /// <summary>Up to 500 unpinned conversations of one channel and status whose last message is older than <paramref name="idleSince"/>.</summary>
    public static IQueryable<Conversation> Due(AppDbContext db, Guid channelId, ConversationStatus status, DateTimeOffset idleSince, DateTimeOffset now) =>
        db.Conversations
            .Where(c => c.ChannelId == channelId && c.Status == status && c.LastMessageAt < idleSince && (c.PinnedUntil == null || c.PinnedUntil < now))
            .Take(500);
}
