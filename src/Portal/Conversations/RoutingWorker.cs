using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Data;

namespace OpenChannels.Portal.Conversations;

/// <summary>
/// Routes queued sessions in the background. At start it also picks up sessions stored but never routed (the process stopped
/// between answering a webhook and routing), so none is left waiting unseen.
/// </summary>
public sealed partial class RoutingWorker(
    RoutingQueue queue,
    RoutingService routing,
    IDbContextFactory<AppDbContext> factory,
    ILogger<RoutingWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await RecoverAsync(stoppingToken);
        await foreach (var (conversation, session) in queue.ReadAllAsync(stoppingToken))
        {
            try
            {
                await routing.RouteNewSessionAsync(conversation, session, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogRoutingFailed(logger, ex, conversation);
            }
        }
    }

    private async Task RecoverAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            var pending = await db.Conversations
                .Where(c => c.Status == ConversationStatus.Unanswered && db.Sessions.Any(s => s.Id == c.CurrentSessionId && s.AssignmentNumber == 0))
                .Select(c => new { c.Id, Session = c.CurrentSessionId!.Value }).ToListAsync(cancellationToken);
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
