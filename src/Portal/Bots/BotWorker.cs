using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Conversations;
using OpenChannels.Portal.Data;

namespace OpenChannels.Portal.Bots;

/// <summary>
/// Hands new client messages of bot-held sessions to <see cref="BotService"/>, off the webhook's thread. At start it looks at every
/// session a bot still holds, so a message that arrived while the process stopped is answered.
/// </summary>
public sealed partial class BotWorker(BotQueue queue, BotService bots, ConversationFeed feed, IDbContextFactory<AppDbContext> factory, ILogger<BotWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var subscription = feed.Subscribe(change =>
        {
            if (change.NewMessageId is not null)
            {
                queue.Enqueue(change.ConversationId);
            }
        });
        await using (var db = await factory.CreateDbContextAsync(stoppingToken))
        {
            var held = await db.Set<BotSessionState>().Where(s => s.Status == BotSessionStatus.Active).Select(s => s.ConversationId).ToListAsync(stoppingToken);
            held.ForEach(queue.Enqueue);
        }

        await foreach (var conversation in queue.ReadAllAsync(stoppingToken))
        {
            try
            {
                await bots.HandleAsync(conversation, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, ex, conversation);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The bot could not handle conversation {ConversationId}")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid conversationId);
}
