using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Channels;
using OpenChannels.Portal.Common;
using OpenChannels.Portal.Data;

namespace OpenChannels.Portal.Ratings;

/// <summary>Supervisors rate any session 1-5 for accuracy, speed and helpfulness; the agent who answered it can read the rating.</summary>
public sealed class SupervisorRatingService(IDbContextFactory<AppDbContext> factory, TimeProvider clock)
{
    public async Task<Outcome<SupervisorRating>> RateAsync(Actor actor, Guid sessionId, SupervisorRatingInput input, CancellationToken cancellationToken)
    {
        if (actor.IsSystem || !actor.SeesAllChannels)
        {
            return Failure.Forbidden("Only supervisors and administrators rate sessions.");
        }

        var errors = new List<ValidationResult>();
        if (!Validator.TryValidateObject(input, new ValidationContext(input), errors, validateAllProperties: true))
        {
            return Failure.Invalid("Each score is 1 to 5 stars; the comment is at most 2000 characters.");
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var session = await db.Sessions.FirstOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        if (session is null)
        {
            return Failure.NotFound("session not found");
        }

        var rating = await db.SupervisorRatings.FirstOrDefaultAsync(r => r.SessionId == sessionId, cancellationToken);
        if (rating is null)
        {
            rating = new SupervisorRating { SessionId = sessionId, RatedByUserId = actor.UserId! };
            db.SupervisorRatings.Add(rating);
        }

        rating.Accuracy = input.Accuracy;
        rating.Speed = input.Speed;
        rating.Helpfulness = input.Helpfulness;
        rating.Comment = string.IsNullOrWhiteSpace(input.Comment) ? null : input.Comment.Trim();
        rating.RatedByUserId = actor.UserId!;
        rating.RatedAt = clock.GetUtcNow();
        rating.AgentUserId = session.AnsweredByUserId;
        await db.SaveChangesAsync(cancellationToken);
        return rating;
    }

    /// <summary>The rating of a session, for supervisors and for the agent who answered it.</summary>
    public async Task<Outcome<SupervisorRating?>> GetAsync(Actor actor, Guid sessionId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var session = await db.Sessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        var conversation = session is null ? null : await db.Conversations.AsNoTracking().FirstAsync(c => c.Id == session.ConversationId, cancellationToken);
        if (session is null || conversation is null || !await ChannelAccess.CanSeeConversationAsync(db, actor, conversation, cancellationToken))
        {
            return Failure.NotFound("session not found");
        }

        var rating = await db.SupervisorRatings.AsNoTracking().FirstOrDefaultAsync(r => r.SessionId == sessionId, cancellationToken);
        return actor.SeesAllChannels || rating?.AgentUserId == actor.UserId || rating is null
            ? new Outcome<SupervisorRating?>(OutcomeKind.Ok, rating, null)
            : Failure.NotFound("session not found");
    }
}
