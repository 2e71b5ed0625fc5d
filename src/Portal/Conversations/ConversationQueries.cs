using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Channels;
using OpenChannels.Portal.Common;
using OpenChannels.Portal.Data;

namespace OpenChannels.Portal.Conversations;

/// <summary>Reads conversations and their history, always through the actor's channel access.</summary>
public sealed class ConversationQueries(IDbContextFactory<AppDbContext> factory)
{
    public const int MaxPage = 200;

    /// <summary>The most a box lists; a live list that is full is reloaded whole rather than patched.</summary>
    public const int BoxSize = 500;

    public async Task<IReadOnlyList<ConversationSummary>> BoxAsync(Actor actor, ConversationBox box, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var visible = await VisibleAsync(db, actor, cancellationToken);
        return await Summaries(InBox(db, visible, actor, box).OrderByDescending(c => c.LastMessageAt).Take(BoxSize)).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Of the conversations <paramref name="ids"/>, the ones each box holds now (by the same rules as <see cref="BoxAsync"/>): what a
    /// live list needs after a change to a few conversations, read by key instead of re-reading whole boxes (benchmark P2).
    /// </summary>
    public async Task<Dictionary<ConversationBox, List<ConversationSummary>>> BoxesOfAsync(
        Actor actor, IReadOnlyCollection<Guid> ids, IReadOnlyList<ConversationBox> boxes, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var visible = (await VisibleAsync(db, actor, cancellationToken)).Where(c => ids.Contains(c.Id));
        var result = new Dictionary<ConversationBox, List<ConversationSummary>>();
        foreach (var box in boxes)
        {
            result[box] = await Summaries(InBox(db, visible, actor, box)).ToListAsync(cancellationToken);
        }

        return result;
    }

    private static IQueryable<Conversation> InBox(AppDbContext db, IQueryable<Conversation> visible, Actor actor, ConversationBox box) => box switch
    {
        ConversationBox.Unanswered => visible.Where(c => c.Status == ConversationStatus.Unanswered && (c.AssignedUserId == actor.UserId || c.AssignedUserId == null)),
        ConversationBox.Mine => visible.Where(c => c.Status != ConversationStatus.Closed
            && (c.AssignedUserId == actor.UserId && c.Status == ConversationStatus.Active || db.Participants.Any(p => p.ConversationId == c.Id && p.UserId == actor.UserId))),
        _ => actor.SeesAllChannels ? visible.Where(c => c.Status != ConversationStatus.Closed) : visible.Where(_ => false),
    };

    public async Task<IReadOnlyList<ConversationSummary>> ListAsync(
        Actor actor, ConversationStatus? status, Guid? channelId, int limit, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var query = await VisibleAsync(db, actor, cancellationToken);
        query = status is { } s ? query.Where(c => c.Status == s) : query;
        query = channelId is { } ch ? query.Where(c => c.ChannelId == ch) : query;
        return await Summaries(query.OrderByDescending(c => c.LastMessageAt).Take(Math.Clamp(limit, 1, 500))).ToListAsync(cancellationToken);
    }

    public async Task<Outcome<ConversationSummary>> GetAsync(Actor actor, Guid id, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var found = await Summaries((await VisibleAsync(db, actor, cancellationToken)).Where(c => c.Id == id)).FirstOrDefaultAsync(cancellationToken);
        return found is null ? Failure.NotFound("conversation not found") : found;
    }

    /// <summary>The conversation with its client, sessions (oldest first) and holder, for the chat screen.</summary>
    public async Task<Outcome<ConversationDetails>> DetailsAsync(Actor actor, Guid id, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var summary = await Summaries((await VisibleAsync(db, actor, cancellationToken)).Where(c => c.Id == id)).FirstOrDefaultAsync(cancellationToken);
        if (summary is null)
        {
            return Failure.NotFound("conversation not found");
        }

        var client = await db.Clients.AsNoTracking().Where(c => c.Id == summary.ClientId)
            .Select(c => new ClientDetails(c.Name, c.ExternalUserId, c.Username, c.Phone, c.Email, c.LanguageCode, c.AvatarUrl, c.Reachable))
            .FirstAsync(cancellationToken);
        var firsts = await db.Messages.Where(m => m.ConversationId == id).GroupBy(m => m.SessionId)
            .Select(g => new { g.Key, First = g.Min(m => m.Id) }).ToDictionaryAsync(g => g.Key, g => g.First, cancellationToken);
        var sessions = (await db.Sessions.AsNoTracking().Where(s => s.ConversationId == id).OrderBy(s => s.Number).ToListAsync(cancellationToken))
            .Select(s => new SessionInfo(s.Id, s.Number, s.StartedAt, s.EndedAt, s.EndReason, firsts.TryGetValue(s.Id, out var first) ? first : null))
            .ToList();
        var channel = await db.Channels.Where(c => c.Id == summary.ChannelId).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken) ?? "";
        var connector = await db.Connections.Where(c => c.Id == summary.ConnectionId).Select(c => c.ConnectorId).FirstOrDefaultAsync(cancellationToken);
        var assignee = summary.AssignedUserId is null ? null : await UserDirectory.NameAsync(db, summary.AssignedUserId, cancellationToken);
        return new ConversationDetails(summary, channel, connector, client, sessions, assignee);
    }

    /// <summary>The number of messages the actor may see, for the virtualized history.</summary>
    public async Task<Outcome<int>> CountMessagesAsync(Actor actor, Guid id, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var messages = await MessagesAsync(db, actor, id, cancellationToken);
        return messages is null ? Failure.NotFound("conversation not found") : await messages.CountAsync(cancellationToken);
    }

    /// <summary>Messages oldest first: <paramref name="skip"/> from the start (the virtualized list), or those before <paramref name="beforeId"/>.</summary>
    public async Task<Outcome<IReadOnlyList<MessageView>>> MessagesAsync(
        Actor actor, Guid id, int? skip, long? beforeId, int take, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var messages = await MessagesAsync(db, actor, id, cancellationToken);
        if (messages is null)
        {
            return Failure.NotFound("conversation not found");
        }

        take = Math.Clamp(take, 1, MaxPage);
        List<Message> page;
        if (skip is { } start)
        {
            page = await messages.OrderBy(m => m.Id).Skip(Math.Max(0, start)).Take(take).Include(m => m.Attachments).ToListAsync(cancellationToken);
        }
        else
        {
            var older = beforeId is { } before ? messages.Where(m => m.Id < before) : messages;
            page = await older.OrderByDescending(m => m.Id).Take(take).Include(m => m.Attachments).ToListAsync(cancellationToken);
            page.Reverse();
        }

        return page.Select(View).ToList();
    }

    public static MessageView View(Message m) => new(
        m.Id, m.SessionId, m.Kind, m.DeletedAt is null ? m.Text : "", SystemLine.Arguments(m), m.AuthorUserId, m.CreatedAt, m.EditedAt, m.DeletedAt,
        m.ChangedLocallyOnly, m.Delivery, m.DeliveryError, m.ReplyToMessageId, m.ExternalId,
        m.DeletedAt is null ? m.Attachments.Select(a => new AttachmentView(a.Id, a.FileName, a.ContentType, a.Size, a.StoragePath is null ? a.Url : $"/files/{a.Id}")).ToList() : []);

    private static async Task<IQueryable<Conversation>> VisibleAsync(AppDbContext db, Actor actor, CancellationToken cancellationToken)
    {
        var channels = await ChannelAccess.VisibleChannelsAsync(db, actor, cancellationToken);
        return channels is null
            ? db.Conversations.AsNoTracking()
            : db.Conversations.AsNoTracking().Where(c => channels.Contains(c.ChannelId) || db.Participants.Any(p => p.ConversationId == c.Id && p.UserId == actor.UserId));
    }

    /// <summary>The messages of a conversation the actor may see; an invited colleague without history sees from the invitation.</summary>
    private static async Task<IQueryable<Message>?> MessagesAsync(AppDbContext db, Actor actor, Guid id, CancellationToken cancellationToken)
    {
        var conversation = await db.Conversations.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (conversation is null)
        {
            return null;
        }

        var messages = db.Messages.AsNoTracking().Where(m => m.ConversationId == id);
        if (await ChannelAccess.CanSeeChannelAsync(db, actor, conversation.ChannelId, cancellationToken))
        {
            return messages;
        }

        var invitation = await db.Participants.FirstOrDefaultAsync(p => p.ConversationId == id && p.UserId == actor.UserId, cancellationToken);
        return invitation is null ? null
            : invitation.VisibleFrom is { } from ? messages.Where(m => m.CreatedAt >= from)
            : messages;
    }

    private static IQueryable<ConversationSummary> Summaries(IQueryable<Conversation> query) =>
        query.Select(c => new ConversationSummary(
            c.Id, c.ChannelId, c.ConnectionId, c.ExternalChatId, c.ClientId, c.Client!.Name, c.Client.AvatarUrl, c.Title, c.Status, c.AssignedUserId,
            c.LastMessageAt, c.LastMessagePreview, c.UnreadCount, c.PinnedUntil, c.CurrentSessionId));
}
