using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Abstractions.Bots;
using OpenChannels.Portal.Channels;
using OpenChannels.Portal.Conversations;
using OpenChannels.Portal.Data;

namespace OpenChannels.Portal.Bots;

/// <summary>
/// Runs the channel's bot on new sessions before routing: the bot holds the session (no agent is offered it) and answers each client
/// message until it hands over, which routes the session to the queue as if it had just arrived, or closes it. An employee who
/// answers meanwhile takes the session from the bot. A failing bot hands over, so no client waits on it.
/// </summary>
public sealed partial class BotService(
    IDbContextFactory<AppDbContext> factory,
    BotCatalog catalog,
    BotSettingsProtector protector,
    BotQueue queue,
    ConversationMutation mutation,
    OutboundSender sender,
    IServiceProvider services,
    TimeProvider clock,
    ILogger<BotService> logger)
{
    private readonly ConcurrentDictionary<Guid, SemaphoreSlim> _locks = new();

    /// <summary>True when a bot holds (or now takes) this session, so routing must wait for its handover.</summary>
    public async Task<bool> HoldsAsync(Guid conversationId, Guid sessionId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (await db.Set<BotSessionState>().FirstOrDefaultAsync(s => s.SessionId == sessionId, cancellationToken) is { } state)
        {
            return state.Status == BotSessionStatus.Active;
        }

        var channelId = await db.Conversations.Where(c => c.Id == conversationId).Select(c => c.ChannelId).FirstOrDefaultAsync(cancellationToken);
        var bot = await db.Set<ChannelBot>().FirstOrDefaultAsync(b => b.ChannelId == channelId && b.Enabled, cancellationToken);
        if (bot is null || catalog.Find(bot.BotId) is not { IsAvailable: true })
        {
            return false;
        }

        db.Add(new BotSessionState { SessionId = sessionId, ConversationId = conversationId, BotId = bot.BotId, Status = BotSessionStatus.Active, StartedAt = clock.GetUtcNow() });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A retried routing pass took it at the same moment: that one holds it.
            return true;
        }

        queue.Enqueue(conversationId);
        return true;
    }

    /// <summary>Lets the bot answer the client messages it has not handled yet (the latest one, when several arrived together).</summary>
    public async Task HandleAsync(Guid conversationId, CancellationToken cancellationToken)
    {
        var gate = _locks.GetOrAdd(conversationId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            await HandleLockedAsync(conversationId, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task HandleLockedAsync(Guid conversationId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);

        // Most messages are in sessions no bot holds: one indexed look-up settles them (benchmark P1: every message comes here).
        var state = await db.Set<BotSessionState>().FirstOrDefaultAsync(s => s.ConversationId == conversationId && s.Status == BotSessionStatus.Active
            && db.Conversations.Any(c => c.Id == conversationId && c.CurrentSessionId == s.SessionId), cancellationToken);
        var conversation = state is null ? null : await db.Conversations.Include(c => c.Client).FirstOrDefaultAsync(c => c.Id == conversationId, cancellationToken);
        if (conversation is null || state is null)
        {
            return;
        }

        if (conversation.AssignedUserId is not null || conversation.Status != ConversationStatus.Unanswered)
        {
            // An employee took the conversation (or it was closed): the bot lets go.
            await EndAsync(db, state, BotSessionStatus.HandedOver, cancellationToken);
            return;
        }

        var messages = await db.Messages.AsNoTracking().Where(m => m.SessionId == state.SessionId && m.DeletedAt == null && m.Kind != MessageKind.System && m.Kind != MessageKind.Whisper)
            .OrderBy(m => m.Id).ToListAsync(cancellationToken);
        var latest = messages.LastOrDefault(m => m.Kind == MessageKind.Client && m.Id > state.LastHandledMessageId);
        if (latest is null)
        {
            return;
        }

        var reply = await AskAsync(db, state, conversation, messages, cancellationToken);
        state.LastHandledMessageId = latest.Id;
        await db.SaveChangesAsync(cancellationToken);
        if (!string.IsNullOrWhiteSpace(reply.Text))
        {
            await SayAsync(conversationId, state.SessionId, reply.Text.Trim(), cancellationToken);
        }

        switch (reply.Action)
        {
            case BotAction.Transfer:
                await EndAsync(db, state, BotSessionStatus.HandedOver, cancellationToken);
                await services.GetRequiredService<RoutingService>().RouteNewSessionAsync(conversationId, state.SessionId, cancellationToken);
                break;
            case BotAction.Close:
                await EndAsync(db, state, BotSessionStatus.Closed, cancellationToken);
                var closed = await services.GetRequiredService<ConversationOperations>().RunAsync(Actor.System, conversationId, "close", new ActionBody(), cancellationToken);
                if (!closed.IsOk)
                {
                    await services.GetRequiredService<RoutingService>().RouteNewSessionAsync(conversationId, state.SessionId, cancellationToken);
                }

                break;
        }
    }

    private async Task<BotReply> AskAsync(AppDbContext db, BotSessionState state, Conversation conversation, List<Message> messages, CancellationToken cancellationToken)
    {
        try
        {
            var stored = await db.Set<ChannelBot>().Where(b => b.ChannelId == conversation.ChannelId).Select(b => b.Settings).FirstOrDefaultAsync(cancellationToken);
            var settings = stored is null ? [] : protector.Unprotect(stored);
            var turns = messages.Select(m => new BotTurn(m.Kind == MessageKind.Client, m.Text, m.CreatedAt)).ToList();
            return await catalog.ReplyAsync(state.BotId, new BotSession(state.SessionId, conversation.Client?.Name ?? "", turns, settings), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogBotFailed(logger, ex, state.BotId, conversation.Id);
            return BotReply.Transfer();
        }
    }

    private async Task SayAsync(Guid conversationId, Guid sessionId, string text, CancellationToken cancellationToken)
    {
        Message? said = null;
        var stored = await mutation.RunAsync<long>(Actor.System, conversationId, (db, c) =>
        {
            var now = clock.GetUtcNow();
            said = Outgoing.Create(c, sessionId, MessageKind.Auto, text.Length > MessageService.MaxLength ? text[..MessageService.MaxLength] : text, null, now);
            db.Messages.Add(said);
            IngestService.Touch(c, said, now);
            return Task.FromResult<Common.Outcome<long>>(0L);
        }, cancellationToken);
        if (stored.IsOk)
        {
            await sender.SendAsync(said!.Id, cancellationToken);
        }
    }

    private async Task EndAsync(AppDbContext db, BotSessionState state, BotSessionStatus status, CancellationToken cancellationToken)
    {
        (state.Status, state.EndedAt) = (status, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bot {BotId} failed on conversation {ConversationId}; the session goes to a human")]
    private static partial void LogBotFailed(ILogger logger, Exception exception, string botId, Guid conversationId);
}
