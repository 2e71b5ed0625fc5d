using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Channels;
using OpenChannels.Portal.Common;
using OpenChannels.Portal.Data;

namespace OpenChannels.Portal.Ratings;

/// <summary>The sessions of a conversation with their ratings. Agents see supervisor ratings only of the sessions they answered.</summary>
public sealed class SessionQueries(IDbContextFactory<AppDbContext> factory)
{
    public async Task<Outcome<IReadOnlyList<SessionView>>> ListAsync(Actor actor, Guid conversationId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var conversation = await db.Conversations.AsNoTracking().FirstOrDefaultAsync(c => c.Id == conversationId, cancellationToken);
        if (conversation is null || !await ChannelAccess.CanSeeConversationAsync(db, actor, conversation, cancellationToken))
        {
            return Failure.NotFound("conversation not found");
        }

        var sessions = await db.Sessions.AsNoTracking().Where(s => s.ConversationId == conversationId).OrderBy(s => s.Number).ToListAsync(cancellationToken);
        var ids = sessions.Select(s => s.Id).ToList();
        var ratings = await db.SupervisorRatings.AsNoTracking().Where(r => ids.Contains(r.SessionId)).ToDictionaryAsync(r => r.SessionId, cancellationToken);
        return sessions.Select(s =>
        {
            var rating = ratings.GetValueOrDefault(s.Id);
            var visible = actor.SeesAllChannels || rating?.AgentUserId == actor.UserId ? rating : null;
            return new SessionView(s.Id, s.ConversationId, s.Number, s.StartedAt, s.FirstResponseAt, s.EndedAt, s.EndReason, s.AnsweredByUserId, s.CustomerRating, visible);
        }).ToList();
    }
}
