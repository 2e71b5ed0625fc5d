using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Conversations;
using OpenChannels.Portal.Conversations.Jobs;
using OpenChannels.Portal.Data;
using OpenChannels.Portal.Notifications;
using OpenChannels.Portal.Observability;
using Quartz;

namespace OpenChannels.Portal.Kpi;

/// <summary>
/// Every minute: finds sessions that broke their channel's first-answer or next-answer promise, records each breach once and
/// notifies the assigned agent and the supervisors.
/// </summary>
[DisallowConcurrentExecution]
public sealed class KpiJob(IDbContextFactory<AppDbContext> factory, NotificationService notifications, PortalMetrics metrics, TimeProvider clock) : IJob
{
    public const string FirstAnswerLine = "Kpi.FirstAnswerBreached";
    public const string NextAnswerLine = "Kpi.NextAnswerBreached";
    public static readonly JobKey Key = new("kpi", ConversationJobs.Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        metrics.JobStarted("kpi", context.ScheduledFireTimeUtc is { } due ? clock.GetUtcNow() - due : TimeSpan.Zero);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var channels = await db.Channels.Where(c => c.FirstAnswerKpiMinutes != null || c.NextAnswerKpiMinutes != null).ToListAsync(cancellationToken);
        var supervisors = await NotificationService.SupervisorsAsync(db, cancellationToken);
        foreach (var channel in channels)
        {
            var open = await (from s in db.Sessions
                              join c in db.Conversations on s.Id equals c.CurrentSessionId
                              where s.ChannelId == channel.Id && s.EndedAt == null
                              select new { Session = s, c.AssignedUserId, ConversationId = c.Id, c.Title, ClientName = c.Client!.Name }).ToListAsync(cancellationToken);
            foreach (var item in open)
            {
                var waiting = await WaitingMessageAsync(db, item.Session, cancellationToken);
                var (kind, minutes) = item.Session.FirstResponseAt is null ? (KpiKind.FirstAnswer, channel.FirstAnswerKpiMinutes) : (KpiKind.NextAnswer, channel.NextAnswerKpiMinutes);
                if (waiting is null || minutes is not { } limit || waiting.Value.At > now.AddMinutes(-limit)
                    || await db.KpiBreaches.AnyAsync(b => b.SessionId == item.Session.Id && b.Kind == kind && b.MessageId == waiting.Value.Id, cancellationToken))
                {
                    continue;
                }

                db.KpiBreaches.Add(new KpiBreach
                {
                    Id = Guid.NewGuid(), SessionId = item.Session.Id, ConversationId = item.ConversationId, ChannelId = channel.Id, Kind = kind,
                    MessageId = waiting.Value.Id, AgentUserId = item.AssignedUserId, DetectedAt = now,
                });
                await db.SaveChangesAsync(cancellationToken);
                var recipients = item.AssignedUserId is null ? supervisors : [.. supervisors, item.AssignedUserId];
                await notifications.NotifyAsync(recipients, kind == KpiKind.FirstAnswer ? FirstAnswerLine : NextAnswerLine,
                    [item.Title ?? item.ClientName, channel.Name, limit.ToString(System.Globalization.CultureInfo.InvariantCulture)], item.ConversationId, cancellationToken);
            }
        }
    }

    /// <summary>The oldest client message since the last employee reply, if any.</summary>
    private static async Task<(long Id, DateTimeOffset At)?> WaitingMessageAsync(AppDbContext db, Session session, CancellationToken cancellationToken)
    {
        var lastReply = await db.Messages.Where(m => m.SessionId == session.Id && m.Kind == MessageKind.Agent).MaxAsync(m => (long?)m.Id, cancellationToken) ?? 0;
        var waiting = await db.Messages.Where(m => m.SessionId == session.Id && m.Kind == MessageKind.Client && m.Id > lastReply)
            .OrderBy(m => m.Id).Select(m => new { m.Id, m.CreatedAt }).FirstOrDefaultAsync(cancellationToken);
        return waiting is null ? null : (waiting.Id, waiting.CreatedAt);
    }
}
