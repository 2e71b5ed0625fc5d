using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Channels;
using OpenChannels.Portal.Conversations;
using OpenChannels.Portal.Data;
using OpenChannels.Portal.InternalChats;
using OpenChannels.Portal.Notifications;

namespace OpenChannels.Portal.Mentions;

/// <summary>
/// Mentions in replies and whispers. The client gets the plain name; each mentioned colleague gets a notification linking to the
/// conversation, and a mentioned public internal chat gets the message quoted with a link to it. A colleague without access to the
/// channel still has none: the link then says the conversation is out of reach.
/// </summary>
public sealed class MentionService(IDbContextFactory<AppDbContext> factory, NotificationService notifications, InternalChatService chats)
{
    public const int MaxSuggestions = 8;

    /// <summary>Colleagues and public chats whose name starts with (or has a word starting with) <paramref name="prefix"/>.</summary>
    public async Task<IReadOnlyList<MentionTarget>> SuggestAsync(Actor actor, string prefix, CancellationToken cancellationToken)
    {
        var matches = (await CandidatesAsync(cancellationToken)).Where(c => !(c.Kind == MentionKind.Colleague && c.Id == actor.UserId)
            && (prefix.Length == 0 || c.Name.Split(' ').Any(w => w.StartsWith(prefix, StringComparison.CurrentCultureIgnoreCase))));
        return matches.OrderBy(c => c.Kind).ThenBy(c => c.Name, StringComparer.CurrentCultureIgnoreCase).Take(MaxSuggestions).ToList();
    }

    public async Task<ResolvedMentions> ResolveAsync(string text, CancellationToken cancellationToken) =>
        text.Contains('@', StringComparison.Ordinal) ? MentionParser.Resolve(text, await CandidatesAsync(cancellationToken)) : ResolvedMentions.None(text);

    /// <summary>Tells whoever the stored message mentions.</summary>
    public async Task AnnounceAsync(Actor actor, Guid conversationId, long messageId, ResolvedMentions mentions, CancellationToken cancellationToken)
    {
        if (mentions.Targets.Count == 0)
        {
            return;
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var author = await UserDirectory.NameAsync(db, actor.UserId, cancellationToken);
        var client = await db.Conversations.Where(c => c.Id == conversationId).Select(c => c.Client!.Name).FirstOrDefaultAsync(cancellationToken) ?? "";
        var colleagues = mentions.Targets.Where(t => t.Kind == MentionKind.Colleague && t.Id != actor.UserId).Select(t => t.Id).ToList();
        if (colleagues.Count > 0)
        {
            await notifications.NotifyAsync(colleagues, "Mentions.Notification", [author, client], conversationId, cancellationToken);
        }

        foreach (var chat in mentions.Targets.Where(t => t.Kind == MentionKind.Chat))
        {
            await chats.QuoteInPublicAsync(Guid.Parse(chat.Id), actor, mentions.Text, author, conversationId, cancellationToken);
        }
    }

    private async Task<List<MentionTarget>> CandidatesAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var users = await db.Users.Where(u => !u.IsDisabled && u.DisplayName != "").Select(u => new { u.Id, u.DisplayName }).ToListAsync(cancellationToken);
        var rooms = await db.Set<InternalChat>().Where(c => c.IsPublic).Select(c => new { c.Id, c.Title }).ToListAsync(cancellationToken);
        return [.. users.Select(u => new MentionTarget(MentionKind.Colleague, u.Id, u.DisplayName)),
            .. rooms.Select(r => new MentionTarget(MentionKind.Chat, r.Id.ToString(), r.Title))];
    }
}
