using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Data;

namespace OpenChannels.Portal.Conversations;

/// <summary>
/// Auto-closes idle conversations when they fall due rather than at the next minute's poll: it reads the next conversations to
/// fall due (oldest last message first, per channel with auto-close), sleeps until the first of them, closes what is due, and
/// reads again every <see cref="Refresh"/> (new messages only push due times later; settings and pins are picked up then).
/// While nothing is due it sleeps, so 100,000 pending sessions cost one indexed read per refresh (benchmark P7). The close itself
/// re-checks the conversation, and <see cref="Jobs.InactivityCloseJob"/> stays as the persistent once-a-minute safety net.
/// </summary>
public sealed partial class InactivityCloseTimer(
    IDbContextFactory<AppDbContext> factory, SessionCloser closer, TimeProvider clock, ILogger<InactivityCloseTimer> logger) : BackgroundService
{
    public static readonly TimeSpan Refresh = TimeSpan.FromSeconds(30);
    private const int Batch = 500;
    private const int ClosesAtOnce = 4;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var upcoming = await UpcomingAsync(stoppingToken);
                var refreshAt = clock.GetUtcNow() + Refresh;
                var next = 0;
                while (next < upcoming.Count && upcoming[next].Due <= refreshAt)
                {
                    var wait = upcoming[next].Due - clock.GetUtcNow();
                    if (wait > TimeSpan.Zero)
                    {
                        await Task.Delay(wait, clock, stoppingToken);
                    }

                    var now = clock.GetUtcNow();
                    var due = upcoming.Skip(next).TakeWhile(u => u.Due <= now).ToList();
                    await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = ClosesAtOnce, CancellationToken = stoppingToken },
                        async (u, ct) => await closer.AutoCloseAsync(u.Id, u.LastMessageAt.AddTicks(1), ct));
                    next += due.Count;
                }

                // A full batch all due before the refresh: read the next one right away.
                if (upcoming.Count == Batch && next == upcoming.Count)
                {
                    continue;
                }

                if (refreshAt - clock.GetUtcNow() is { Ticks: > 0 } rest)
                {
                    await Task.Delay(rest, clock, stoppingToken);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, ex);
                await Task.Delay(Refresh, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    /// <summary>The next conversations to fall due across channels, soonest first. The close is guarded by the last message seen here.</summary>
    private async Task<List<(Guid Id, DateTimeOffset LastMessageAt, DateTimeOffset Due)>> UpcomingAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var channels = await db.Channels.Where(c => c.AutoCloseMinutes != null).Select(c => new { c.Id, c.AutoCloseMinutes }).ToListAsync(cancellationToken);
        var upcoming = new List<(Guid, DateTimeOffset, DateTimeOffset Due)>();
        foreach (var channel in channels)
        {
            // One read per open status: each walks the (ChannelId, Status, LastMessageAt) index in order and stops after the batch,
            // where "Status != Closed" would sort every open conversation of the channel on each refresh.
            foreach (var status in ConversationStatuses.Open)
            {
                var idle = await NextToFallDue(db, channel.Id, status, now).Select(c => new { c.Id, c.LastMessageAt }).ToListAsync(cancellationToken);
                upcoming.AddRange(idle.Select(c => (c.Id, c.LastMessageAt, c.LastMessageAt.AddMinutes(channel.AutoCloseMinutes!.Value))));
            }
        }

        return [.. upcoming.OrderBy(u => u.Due).Take(Batch)];
    }

    /// <summary>The next <see cref="Batch"/> unpinned conversations of one channel and status to fall due, oldest last message first.</summary>
    public static IQueryable<Conversation> NextToFallDue(AppDbContext db, Guid channelId, ConversationStatus status, DateTimeOffset now) =>
        db.Conversations
            .Where(c => c.ChannelId == channelId && c.Status == status && (c.PinnedUntil == null || c.PinnedUntil < now))
            .OrderBy(c => c.LastMessageAt).Take(Batch);

    [LoggerMessage(Level = LogLevel.Error, Message = "The auto-close timer failed; it tries again shortly (the once-a-minute job still runs)")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
