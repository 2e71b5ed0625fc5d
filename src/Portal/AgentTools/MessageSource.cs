using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Channels;
using OpenChannels.Portal.Conversations;
using OpenChannels.Portal.Data;

namespace OpenChannels.Portal.AgentTools;

/// <summary>
/// A message a tool starts from (a task, an event, an internal chat, a feed post), loaded only when the employee may see its
/// conversation, with who wrote it.
/// </summary>
public sealed record MessageSource(long MessageId, Guid ConversationId, string Text, string AuthorName, string ClientName, DateTimeOffset At)
{
    /// <summary>The message, or null when it does not exist, was deleted, is a system line or its conversation is out of reach.</summary>
    public static async Task<MessageSource?> FindAsync(AppDbContext db, Actor actor, long messageId, CancellationToken cancellationToken)
    {
        var found = await (from m in db.Messages
                           join c in db.Conversations.Include(c => c.Client) on m.ConversationId equals c.Id
                           where m.Id == messageId && m.DeletedAt == null && m.Kind != MessageKind.System
                           select new { Message = m, Conversation = c }).FirstOrDefaultAsync(cancellationToken);
        if (found is null || !await ChannelAccess.CanSeeConversationAsync(db, actor, found.Conversation, cancellationToken))
        {
            return null;
        }

        var message = found.Message;
        var client = found.Conversation.Client?.Name ?? "";
        var author = message.Kind switch
        {
            MessageKind.Client => client,
            MessageKind.Auto => "Open Channels",
            _ => await UserDirectory.NameAsync(db, message.AuthorUserId, cancellationToken),
        };
        return new MessageSource(message.Id, message.ConversationId, message.Text, author, client, message.CreatedAt);
    }
}
