using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.AgentTools;
using OpenChannels.Portal.Channels;
using OpenChannels.Portal.Common;
using OpenChannels.Portal.Conversations;
using OpenChannels.Portal.Data;

namespace OpenChannels.Portal.InternalChats;

/// <summary>
/// Internal chat rooms. Members read and write; a public room is listed to every employee, who may join it; a private room does not
/// exist for anyone else (404). "Discuss in a new internal chat" makes a private room with every employee involved in the
/// conversation (its assignee, invited colleagues and everyone who wrote in it) and the message quoted.
/// </summary>
public sealed class InternalChatService(IDbContextFactory<AppDbContext> factory, InternalChatFeed feed, TimeProvider clock)
{
    public const int MaxTitle = 200;
    public const int MaxText = 4000;
    public const int MaxPage = 200;

    public async Task<IReadOnlyList<InternalChatSummary>> ListAsync(Actor actor, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var mine = Members(db).Where(m => m.UserId == actor.UserId).Select(m => m.ChatId);
        var chats = await db.Set<InternalChat>().AsNoTracking().Where(c => c.IsPublic || mine.Contains(c.Id))
            .OrderByDescending(c => c.LastMessageAt).Take(500).ToListAsync(cancellationToken);
        return await SummariesAsync(db, actor, chats, cancellationToken);
    }

    public async Task<Outcome<InternalChatSummary>> GetAsync(Actor actor, Guid id, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await VisibleAsync(db, actor, id, cancellationToken) is { } chat
            ? (await SummariesAsync(db, actor, [chat], cancellationToken))[0]
            : Failure.NotFound("internal chat not found");
    }

    public async Task<Outcome<IReadOnlyList<InternalChatMessageView>>> MessagesAsync(Actor actor, Guid id, long? before, int limit, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (await VisibleAsync(db, actor, id, cancellationToken) is null)
        {
            return Failure.NotFound("internal chat not found");
        }

        var page = await db.Set<InternalChatMessage>().AsNoTracking().Where(m => m.ChatId == id && (before == null || m.Id < before))
            .OrderByDescending(m => m.Id).Take(Math.Clamp(limit, 1, MaxPage)).ToListAsync(cancellationToken);
        var names = await NamesAsync(db, page.Select(m => m.AuthorUserId), cancellationToken);
        return page.OrderBy(m => m.Id).Select(m => new InternalChatMessageView(m.Id, m.AuthorUserId, names.GetValueOrDefault(m.AuthorUserId) ?? m.AuthorUserId,
            m.Text, m.CreatedAt, m.QuotedText, m.QuotedAuthor, m.QuotedConversationId)).ToList();
    }

    public async Task<Outcome<InternalChatSummary>> CreateAsync(Actor actor, InternalChatInput input, CancellationToken cancellationToken)
    {
        var title = (input.Title ?? "").Trim();
        if (actor.IsSystem || title.Length is 0 or > MaxTitle)
        {
            return Failure.Invalid($"An internal chat needs a title, at most {MaxTitle} characters.");
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var chat = await OpenAsync(db, actor, title, input.IsPublic, null, input.MemberIds ?? [], cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return (await SummariesAsync(db, actor, [chat], cancellationToken))[0];
    }

    /// <summary>A private room about the message's conversation, with everyone involved in it and the message quoted.</summary>
    public async Task<Outcome<InternalChatSummary>> CreateFromMessageAsync(Actor actor, long messageId, string? title, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (actor.IsSystem || await MessageSource.FindAsync(db, actor, messageId, cancellationToken) is not { } source)
        {
            return Failure.NotFound("message not found");
        }

        var name = string.IsNullOrWhiteSpace(title) ? $"{source.ClientName}: {Clip(source.Text, 60)}" : title.Trim();
        var chat = await OpenAsync(db, actor, Clip(name, MaxTitle), false, source.ConversationId, await InvolvedAsync(db, source.ConversationId, cancellationToken), cancellationToken);
        db.Add(new InternalChatMessage
        {
            ChatId = chat.Id,
            AuthorUserId = actor.UserId!,
            Text = "",
            CreatedAt = chat.CreatedAt,
            QuotedText = Clip(source.Text, MaxText),
            QuotedAuthor = Clip(source.AuthorName, 200),
            QuotedConversationId = source.ConversationId,
        });
        await db.SaveChangesAsync(cancellationToken);
        return (await SummariesAsync(db, actor, [chat], cancellationToken))[0];
    }

    public async Task<Outcome<long>> PostAsync(Actor actor, Guid id, NewChatMessage input, CancellationToken cancellationToken)
    {
        var text = input.Text?.Trim() ?? "";
        if (text.Length is 0 or > MaxText)
        {
            return Failure.Invalid($"A message needs text, at most {MaxText} characters.");
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var chat = await VisibleAsync(db, actor, id, cancellationToken);
        if (chat is null)
        {
            return Failure.NotFound("internal chat not found");
        }

        if (!await IsMemberAsync(db, actor, id, cancellationToken))
        {
            return Failure.Forbidden("Join the chat to write in it.");
        }

        var message = new InternalChatMessage { ChatId = id, AuthorUserId = actor.UserId!, Text = text, CreatedAt = clock.GetUtcNow() };
        db.Add(message);
        db.Attach(chat).Entity.LastMessageAt = message.CreatedAt;
        await db.SaveChangesAsync(cancellationToken);
        feed.Publish(new InternalChatChange(id));
        return message.Id;
    }

    /// <summary>Members add colleagues; anyone joins a public room by adding themselves.</summary>
    public async Task<Outcome<InternalChatSummary>> AddMembersAsync(Actor actor, Guid id, IReadOnlyList<string> userIds, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var chat = await VisibleAsync(db, actor, id, cancellationToken);
        if (chat is null)
        {
            return Failure.NotFound("internal chat not found");
        }

        var joiningSelf = userIds.Count == 1 && userIds[0] == actor.UserId;
        if (!joiningSelf && !await IsMemberAsync(db, actor, id, cancellationToken))
        {
            return Failure.Forbidden("Only members add colleagues to a chat.");
        }

        await AddAsync(db, id, userIds, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        feed.Publish(new InternalChatChange(id));
        return (await SummariesAsync(db, actor, [chat], cancellationToken))[0];
    }

    public async Task<Outcome<Done>> LeaveAsync(Actor actor, Guid id, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var left = await Members(db).Where(m => m.ChatId == id && m.UserId == actor.UserId).ExecuteDeleteAsync(cancellationToken);
        feed.Publish(new InternalChatChange(id));
        return left == 0 ? Failure.NotFound("internal chat not found") : Done.Value;
    }

    /// <summary>A mention of a public room from a conversation: the message is quoted there, with a link to the conversation.</summary>
    public async Task QuoteInPublicAsync(Guid id, Actor actor, string text, string author, Guid conversationId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var chat = await db.Set<InternalChat>().FirstOrDefaultAsync(c => c.Id == id && c.IsPublic, cancellationToken);
        if (chat is null || actor.IsSystem)
        {
            return;
        }

        var now = clock.GetUtcNow();
        db.Add(new InternalChatMessage { ChatId = id, AuthorUserId = actor.UserId!, Text = "", CreatedAt = now, QuotedText = Clip(text, MaxText), QuotedAuthor = Clip(author, 200), QuotedConversationId = conversationId });
        chat.LastMessageAt = now;
        await db.SaveChangesAsync(cancellationToken);
        feed.Publish(new InternalChatChange(id));
    }

    /// <summary>The employees of a conversation: who holds it, who was invited, and everyone who wrote in it.</summary>
    public static async Task<List<string>> InvolvedAsync(AppDbContext db, Guid conversationId, CancellationToken cancellationToken)
    {
        var assignee = await db.Conversations.Where(c => c.Id == conversationId).Select(c => c.AssignedUserId).FirstOrDefaultAsync(cancellationToken);
        var invited = await db.Participants.Where(p => p.ConversationId == conversationId).Select(p => p.UserId).ToListAsync(cancellationToken);
        var writers = await db.Messages.Where(m => m.ConversationId == conversationId && m.AuthorUserId != null && (m.Kind == MessageKind.Agent || m.Kind == MessageKind.Whisper))
            .Select(m => m.AuthorUserId!).Distinct().ToListAsync(cancellationToken);
        return [.. invited.Concat(writers).Concat(assignee is null ? [] : [assignee]).Distinct()];
    }

    private async Task<InternalChat> OpenAsync(AppDbContext db, Actor actor, string title, bool isPublic, Guid? conversationId, IEnumerable<string> members, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var chat = new InternalChat { Id = Guid.NewGuid(), Title = title, IsPublic = isPublic, CreatedByUserId = actor.UserId!, ConversationId = conversationId, CreatedAt = now, LastMessageAt = now };
        db.Add(chat);
        await AddAsync(db, chat.Id, [actor.UserId!, .. members], cancellationToken);
        return chat;
    }

    // Only active employees become members; ones already in the room are skipped.
    private async Task AddAsync(AppDbContext db, Guid chatId, IEnumerable<string> userIds, CancellationToken cancellationToken)
    {
        var wanted = userIds.Distinct().ToList();
        var active = await db.Users.Where(u => wanted.Contains(u.Id) && !u.IsDisabled).Select(u => u.Id).ToListAsync(cancellationToken);
        var present = await Members(db).Where(m => m.ChatId == chatId).Select(m => m.UserId).ToListAsync(cancellationToken);
        foreach (var user in active.Except(present))
        {
            db.Add(new InternalChatMember { ChatId = chatId, UserId = user, JoinedAt = clock.GetUtcNow() });
        }
    }

    private static DbSet<InternalChatMember> Members(AppDbContext db) => db.Set<InternalChatMember>();

    private static Task<bool> IsMemberAsync(AppDbContext db, Actor actor, Guid id, CancellationToken cancellationToken) =>
        Members(db).AnyAsync(m => m.ChatId == id && m.UserId == actor.UserId, cancellationToken);

    private static async Task<InternalChat?> VisibleAsync(AppDbContext db, Actor actor, Guid id, CancellationToken cancellationToken)
    {
        var chat = await db.Set<InternalChat>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        return chat is not null && (chat.IsPublic || await IsMemberAsync(db, actor, id, cancellationToken)) ? chat : null;
    }

    private static async Task<List<InternalChatSummary>> SummariesAsync(AppDbContext db, Actor actor, IReadOnlyList<InternalChat> chats, CancellationToken cancellationToken)
    {
        var ids = chats.Select(c => c.Id).ToList();
        var members = await Members(db).Where(m => ids.Contains(m.ChatId)).ToListAsync(cancellationToken);
        var names = await NamesAsync(db, members.Select(m => m.UserId), cancellationToken);
        return chats.Select(c =>
        {
            var inChat = members.Where(m => m.ChatId == c.Id).Select(m => new ChatMemberView(m.UserId, names.GetValueOrDefault(m.UserId) ?? m.UserId)).OrderBy(m => m.Name).ToList();
            return new InternalChatSummary(c.Id, c.Title, c.IsPublic, inChat.Any(m => m.UserId == actor.UserId), c.ConversationId, c.LastMessageAt, inChat);
        }).ToList();
    }

    private static async Task<Dictionary<string, string>> NamesAsync(AppDbContext db, IEnumerable<string> userIds, CancellationToken cancellationToken)
    {
        var ids = userIds.Distinct().ToList();
        return await db.Users.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
    }

    private static string Clip(string text, int max) => text.Length > max ? text[..(max - 1)] + "…" : text;
}
