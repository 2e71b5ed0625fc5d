using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Conversations.Jobs;
using OpenChannels.Portal.Data;
using OpenChannels.Portal.Hosting;

namespace OpenChannels.Portal.Conversations;

/// <summary>
/// Picks up outgoing messages left "sending" when a process stopped in the middle of their first attempt (their retries are
/// persistent jobs, but a first attempt is not). At start on SQLite (one process owns the data) every such message is resumed;
/// otherwise, and every minute after, those sending for longer than any attempt can last. Only the first pending message of
/// each conversation is scheduled: the sender starts the next ones in order. A message the messenger may already have received
/// before the crash can go out twice; the connector gets the same LocalId both times, so one that can deduplicate does.
/// Messages stuck longer than a day are marked failed instead: most messengers no longer accept a late reply.
/// </summary>
public sealed partial class OutboundRecovery(
    IDbContextFactory<AppDbContext> factory,
    ConversationJobs jobs,
    PortalOptions options,
    TimeProvider clock,
    ILogger<OutboundRecovery> logger) : BackgroundService
{
    public static readonly TimeSpan Stuck = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan GiveUp = TimeSpan.FromDays(1);
    private static readonly TimeSpan Sweep = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await RecoverWelcomesAsync(stoppingToken);
        await RecoverAsync(options.Database == DatabaseProvider.Sqlite ? TimeSpan.Zero : Stuck, stoppingToken);
        using var timer = new PeriodicTimer(Sweep, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await RecoverAsync(Stuck, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>
    /// Routing commits the assignment, then schedules the welcome in the job store: a process killed in between left a routed
    /// session without its welcome. Scheduling it again is harmless (the welcome job claims the session once).
    /// </summary>
    private async Task RecoverWelcomesAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            var sessions = await db.Sessions
                .Where(s => s.AssignmentNumber > 0 && s.AutoReplyAt == null && s.EndedAt == null
                            && db.Conversations.Any(c => c.CurrentSessionId == s.Id && c.Status == ConversationStatus.Unanswered)
                            && db.Channels.Any(ch => ch.Id == s.ChannelId && (ch.WelcomeMessage != null && ch.WelcomeMessage != "" || ch.OffHoursMessage != null && ch.OffHoursMessage != "")))
                .Select(s => s.Id).Take(1000).ToListAsync(cancellationToken);
            foreach (var session in sessions)
            {
                await jobs.WelcomeAsync(session, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogRecoveryFailed(logger, ex);
        }
    }

    private async Task RecoverAsync(TimeSpan sendingFor, CancellationToken cancellationToken)
    {
        try
        {
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            var now = clock.GetUtcNow();
            var before = now - sendingFor;
            var tooOld = now - GiveUp;
            var abandoned = await db.Messages
                .Where(m => (m.Kind == MessageKind.Agent || m.Kind == MessageKind.Auto) && m.Delivery == DeliveryStatus.Sending && m.CreatedAt < tooOld)
                .ExecuteUpdateAsync(u => u.SetProperty(m => m.Delivery, DeliveryStatus.Failed)
                    .SetProperty(m => m.DeliveryError, "The portal stopped while sending this message and it was not resent within a day."), cancellationToken);
            var stuck = await db.Messages
                .Where(m => (m.Kind == MessageKind.Agent || m.Kind == MessageKind.Auto) && m.Delivery == DeliveryStatus.Sending && m.CreatedAt <= before
                            && !db.Messages.Any(e => e.ConversationId == m.ConversationId && e.Id < m.Id
                                                    && (e.Kind == MessageKind.Agent || e.Kind == MessageKind.Auto)
                                                    && (e.Delivery == DeliveryStatus.Sending || e.Delivery == DeliveryStatus.RetryScheduled)))
                .Select(m => m.Id).Take(1000).ToListAsync(cancellationToken);
            foreach (var id in stuck)
            {
                await jobs.RetrySendAsync(id, now, cancellationToken);
            }

            if (stuck.Count + abandoned > 0)
            {
                LogRecovered(logger, stuck.Count, abandoned);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogRecoveryFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Resumed {Count} outgoing messages left sending; marked {Abandoned} older than a day failed")]
    private static partial void LogRecovered(ILogger logger, int count, int abandoned);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not look for outgoing messages left sending")]
    private static partial void LogRecoveryFailed(ILogger logger, Exception exception);
}
