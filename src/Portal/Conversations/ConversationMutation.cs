using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Channels;
using OpenChannels.Portal.Common;
using OpenChannels.Portal.Data;

namespace OpenChannels.Portal.Conversations;

/// <summary>
/// Runs a change to one conversation under its concurrency token: load, check the actor may see it, change, save. When another
/// writer got there first, the change is re-evaluated on fresh data, so its rules (already closed, already taken) see the truth.
/// Live screens are told after each successful change.
/// </summary>
public sealed class ConversationMutation(IDbContextFactory<AppDbContext> factory, ConversationFeed feed)
{
    private const int Attempts = 6;

    public async Task<Outcome<T>> RunAsync<T>(
        Actor actor, Guid conversationId, Func<AppDbContext, Conversation, Task<Outcome<T>>> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            var conversation = await db.Conversations.Include(c => c.Client).FirstOrDefaultAsync(c => c.Id == conversationId, cancellationToken);
            if (conversation is null || !await ChannelAccess.CanSeeConversationAsync(db, actor, conversation, cancellationToken))
            {
                return Failure.NotFound("conversation not found");
            }

            var outcome = await change(db, conversation);
            if (!outcome.IsOk)
            {
                return outcome;
            }

            conversation.Version++;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                feed.Publish(new ConversationChange(conversation.Id, conversation.ChannelId));
                return outcome;
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(10 * attempt), cancellationToken);
            }
        }
    }
}
