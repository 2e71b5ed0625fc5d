using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Data;

namespace OpenChannels.Portal.Conversations;

/// <summary>
/// Routes queued sessions in the background, several at once (sessions of one channel are assigned in turn, see
/// <see cref="ChannelGate"/>). At start it also picks up sessions stored but never routed (the process stopped
/// between answering a webhook and routing), so none is left waiting unseen. Every half minute it picks up sessions left unrouted
/// for that long: with several nodes, the node that stored one may have died with the session still in its queue. Routing a
/// session twice is harmless (the second pass finds it routed).
/// </summary>
public sealed partial class RoutingWorker(
    RoutingQueue queue,
    RoutingService routing,
    IDbContextFactory<AppDbContext> factory,
    TimeProvider clock,
    ILogger<RoutingWorker> logger) : BackgroundService
{
    private static readonly TimeSpan Sweep = TimeSpan.FromSeconds(30);

    /// <summary>Sessions routed at once. Each waits mostly on the database (and the channel's gate), not on the CPU.</summary>
    private const int Parallelism = 8;

    private readonly ConcurrentDictionary<Guid, byte> _routing = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await RecoverAsync(TimeSpan.Zero, stoppingToken);
        _ = SweepAsync(stoppingToken);
        using var slots = new SemaphoreSlim(Parallelism, Parallelism);
        try
        {
            await foreach (var (conversation, session) in queue.ReadAllAsync(stoppingToken))
            {
                // The same session queued twice (a recovery pass, a retried delivery) while it is being routed needs no second pass.
                if (!_routing.TryAdd(session, 0))
                {
                    continue;
                }

                await slots.WaitAsync(stoppingToken);
                _ = RouteAsync(conversation, session, slots, stoppingToken);
            }
        }
        finally
        {
            // Let the passes under way finish (they stop at the token) before the host disposes what they use.
            for (var i = 0; i < Parallelism; i++)
            {
                await slots.WaitAsync(CancellationToken.None);
            }
        }
    }

    private async Task RouteAsync(Guid conversation, Guid session, SemaphoreSlim slots, CancellationToken stoppingToken)
    {
        try
        {
            await routing.RouteNewSessionAsync(conversation, session, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            LogRoutingFailed(logger, ex, conversation);
        }
        finally
        {
            _routing.TryRemove(session, out _);
            slots.Release();
        }
    }

    private async Task SweepAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Sweep, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await RecoverAsync(Sweep, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task RecoverAsync(TimeSpan unroutedFor, CancellationToken cancellationToken)
    {
        try
        {
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            var before = clock.GetUtcNow() - unroutedFor;
            // From the sessions never routed (a range on their (AssignmentNumber, StartedAt) index), not a scan of every unanswered conversation.
            var pending = await db.Sessions
                .Where(s => s.AssignmentNumber == 0 && s.StartedAt <= before
                            && db.Conversations.Any(c => c.Id == s.ConversationId && c.CurrentSessionId == s.Id && c.Status == ConversationStatus.Unanswered))
                .Select(s => new { Id = s.ConversationId, Session = s.Id }).ToListAsync(cancellationToken);
            pending.ForEach(p => queue.Enqueue(p.Id, p.Session));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogRecoveryFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Routing conversation {ConversationId} failed; it stays unanswered for everyone in its channel")]
    private static partial void LogRoutingFailed(ILogger logger, Exception exception, Guid conversationId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not look for sessions left unrouted")]
    private static partial void LogRecoveryFailed(ILogger logger, Exception exception);
}
