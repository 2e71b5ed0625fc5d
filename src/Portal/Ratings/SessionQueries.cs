using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Channels;
using OpenChannels.Portal.Common;
using OpenChannels.Portal.Data;

namespace OpenChannels.Portal.Ratings;

/// <summary>The sessions of a conversation with their ratings. Agents see supervisor ratings only of the sessions they answered.</summary>
public sealed class SessionQueries(IDbContextFactory<AppDbContext> factory)
{
    /// <summary>The newest sessions of a period (supervisors: all; agents: the ones they answered).</summary>
    public async Task<IReadOnlyList<SessionRow>> InPeriodAsync(Actor actor, Statistics.StatisticsFilter filter, int limit, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var agent = actor.SeesAllChannels ? filter.AgentUserId : actor.UserId;
        var query = from s in db.Sessions.AsNoTracking()
                    join c in db.Conversations.AsNoTracking() on s.ConversationId equals c.Id
                    where s.StartedAt >= filter.From && s.StartedAt < filter.To
                    select new { Session = s, ClientName = c.Client!.Name };
        query = filter.ChannelId is { } channel ? query.Where(x => x.Session.ChannelId == channel) : query;
        query = agent is not null ? query.Where(x => x.Session.AnsweredByUserId == agent) : query;
        var rows = await query.OrderByDescending(x => x.Session.StartedAt).Take(Math.Clamp(limit, 1, 500)).ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Session.Id).ToList();
        var ratings = await db.SupervisorRatings.AsNoTracking().Where(r => ids.Contains(r.SessionId)).ToDictionaryAsync(r => r.SessionId, cancellationToken);
        var names = await db.Users.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        return rows.Select(r => new SessionRow(r.Session.Id, r.Session.ConversationId, r.ClientName,
            r.Session.AnsweredByUserId is { } a ? names.GetValueOrDefault(a) ?? a : null, r.Session.StartedAt, r.Session.EndReason,
            r.Session.CustomerRating, ratings.GetValueOrDefault(r.Session.Id))).ToList();
    }

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
