using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Channels;
using OpenChannels.Portal.Common;
using OpenChannels.Portal.Conversations.Jobs;
using OpenChannels.Portal.Data;

namespace OpenChannels.Portal.Conversations;

/// <summary>
/// The operator actions that change who holds a conversation and how: answer, take over, transfer, pin, invite, rename.
/// Each checks access and state, writes a history line, and is safe against a concurrent action on the same conversation.
/// </summary>
public sealed class ConversationActions(
    IDbContextFactory<AppDbContext> factory,
    ConversationMutation mutation,
    RoutingService routing,
    ConversationJobs jobs,
    TimeProvider clock)
{
    public Task<Outcome<Done>> AnswerAsync(Actor actor, Guid id, CancellationToken cancellationToken) =>
        RunAsync(actor, id, async (db, c) =>
        {
            if ((Employee(actor) ?? NotClosed(c)) is { } refused)
            {
                return refused;
            }

            if (c.Status == ConversationStatus.Active && c.AssignedUserId == actor.UserId)
            {
                return Done.Value;
            }

            if (c.Status == ConversationStatus.Active)
            {
                return Failure.Conflict($"{await UserDirectory.NameAsync(db, c.AssignedUserId, cancellationToken)} already answers this conversation; take it over instead.");
            }

            await AnswerAsync(db, c, actor, SystemLine.Answered, cancellationToken);
            return Done.Value;
        }, cancellationToken);

    /// <summary>Takes a conversation someone else holds (or nobody does) and answers it.</summary>
    public Task<Outcome<Done>> TakeOverAsync(Actor actor, Guid id, CancellationToken cancellationToken) =>
        RunAsync(actor, id, async (db, c) =>
        {
            if (actor.IsSystem || c.Status == ConversationStatus.Closed)
            {
                return Failure.Conflict("This conversation is closed.");
            }

            var previous = await UserDirectory.NameAsync(db, c.AssignedUserId, cancellationToken);
            await AnswerAsync(db, c, actor, SystemLine.TakenOver, cancellationToken, previous);
            return Done.Value;
        }, cancellationToken);

    public async Task<Outcome<Done>> TransferToUserAsync(Actor actor, Guid id, string userId, CancellationToken cancellationToken)
    {
        (string? Agent, int Assignment) assigned = default;
        Channel? channel = null;
        var outcome = await RunAsync(actor, id, async (db, c) =>
        {
            if (Holder(actor, c) is { } refused)
            {
                return refused;
            }

            var target = await db.Users.FirstOrDefaultAsync(u => u.Id == userId && !u.IsDisabled, cancellationToken);
            if (target is null || !await ChannelAccess.CanSeeChannelAsync(db, await ActorOfAsync(db, target.Id, cancellationToken), c.ChannelId, cancellationToken))
            {
                return Failure.Invalid("The colleague does not exist or has no access to this channel.");
            }

            var session = await db.Sessions.FirstAsync(s => s.Id == c.CurrentSessionId, cancellationToken);
            db.Messages.Add(SystemLine.Create(c, session.Id, clock.GetUtcNow(), SystemLine.TransferredToUser,
                await UserDirectory.NameAsync(db, actor.UserId, cancellationToken), target.DisplayName));
            c.Status = ConversationStatus.Unanswered;
            c.AssignedUserId = target.Id;
            session.AssignmentNumber++;
            channel = await db.Channels.FirstAsync(ch => ch.Id == c.ChannelId, cancellationToken);
            assigned = (target.Id, session.AssignmentNumber);
            return Done.Value;
        }, cancellationToken);
        if (outcome.IsOk)
        {
            await routing.ScheduleSkipAsync(channel!, (await SessionOfAsync(id, cancellationToken))!.Value, assigned, cancellationToken);
        }

        return outcome;
    }

    /// <summary>Moves the conversation to another channel's queue. Replies still go out through the connection it came from.</summary>
    public async Task<Outcome<Done>> TransferToChannelAsync(Actor actor, Guid id, Guid channelId, CancellationToken cancellationToken)
    {
        var outcome = await RunAsync(actor, id, async (db, c) =>
        {
            if (Holder(actor, c) is { } refused)
            {
                return refused;
            }

            var target = await db.Channels.FirstOrDefaultAsync(ch => ch.Id == channelId && ch.IsEnabled, cancellationToken);
            if (target is null || target.Id == c.ChannelId)
            {
                return Failure.Invalid("The target channel does not exist, is disabled, or is this conversation's channel.");
            }

            var session = await db.Sessions.FirstAsync(s => s.Id == c.CurrentSessionId, cancellationToken);
            db.Messages.Add(SystemLine.Create(c, session.Id, clock.GetUtcNow(), SystemLine.TransferredToChannel,
                await UserDirectory.NameAsync(db, actor.UserId, cancellationToken), target.Name));
            c.ChannelId = target.Id;
            session.ChannelId = target.Id;
            c.Status = ConversationStatus.Unanswered;
            c.AssignedUserId = null;
            session.AssignmentNumber = 0; // routed again, by the new channel's rules
            return Done.Value;
        }, cancellationToken);
        if (outcome.IsOk && await SessionOfAsync(id, cancellationToken) is { } session)
        {
            await routing.RouteNewSessionAsync(id, session, cancellationToken);
        }

        return outcome;
    }

    public async Task<Outcome<Done>> PinAsync(Actor actor, Guid id, int? minutes, CancellationToken cancellationToken)
    {
        DateTimeOffset until = default;
        var outcome = await RunAsync(actor, id, async (db, c) =>
        {
            if (Holder(actor, c) is { } refused)
            {
                return refused;
            }

            var channel = await db.Channels.FirstAsync(ch => ch.Id == c.ChannelId, cancellationToken);
            var length = Math.Clamp(minutes ?? channel.MaxPinMinutes, 1, channel.MaxPinMinutes);
            until = clock.GetUtcNow().AddMinutes(length);
            c.PinnedUntil = until;
            db.Messages.Add(SystemLine.Create(c, c.CurrentSessionId!.Value, clock.GetUtcNow(), SystemLine.Pinned,
                await UserDirectory.NameAsync(db, actor.UserId, cancellationToken), until.ToString("O")));
            return Done.Value;
        }, cancellationToken);
        if (outcome.IsOk)
        {
            await jobs.PinExpiryAsync(id, until, cancellationToken);
        }

        return outcome;
    }

    public Task<Outcome<Done>> UnpinAsync(Actor actor, Guid id, CancellationToken cancellationToken) =>
        RunAsync(actor, id, async (db, c) =>
        {
            if (c.PinnedUntil is null)
            {
                return Failure.Conflict("The conversation is not pinned.");
            }

            c.PinnedUntil = null;
            db.Messages.Add(SystemLine.Create(c, c.CurrentSessionId!.Value, clock.GetUtcNow(), SystemLine.Unpinned,
                await UserDirectory.NameAsync(db, actor.UserId, cancellationToken)));
            return Done.Value;
        }, cancellationToken);

    /// <summary>The pin-expiry job: unpins when the pin is due (a later re-pin moved the job, so an early firing finds nothing).</summary>
    public Task<Outcome<Done>> ExpirePinAsync(Guid id, CancellationToken cancellationToken) =>
        RunAsync(Actor.System, id, (db, c) =>
        {
            if (c.PinnedUntil is not { } until || until > clock.GetUtcNow().AddSeconds(1))
            {
                return Task.FromResult<Outcome<Done>>(Failure.Conflict("not due"));
            }

            c.PinnedUntil = null;
            if (c.CurrentSessionId is { } session)
            {
                db.Messages.Add(SystemLine.Create(c, session, clock.GetUtcNow(), SystemLine.PinExpired));
            }

            return Task.FromResult<Outcome<Done>>(Done.Value);
        }, cancellationToken);

    /// <summary>Invites a colleague, who then sees the conversation (the whole history, or only from now on).</summary>
    public Task<Outcome<Done>> InviteAsync(Actor actor, Guid id, string userId, bool withHistory, CancellationToken cancellationToken) =>
        RunAsync(actor, id, async (db, c) =>
        {
            var user = await db.Users.FirstOrDefaultAsync(u => u.Id == userId && !u.IsDisabled, cancellationToken);
            if (Employee(actor) is { } refused)
            {
                return refused;
            }

            if (user is null || c.CurrentSessionId is null)
            {
                return Failure.Invalid("The colleague does not exist.");
            }

            if (await db.Participants.AnyAsync(p => p.ConversationId == id && p.UserId == userId, cancellationToken) || c.AssignedUserId == userId)
            {
                return Failure.Conflict("The colleague is already in this conversation.");
            }

            var now = clock.GetUtcNow();
            db.Participants.Add(new Participant { ConversationId = id, UserId = userId, InvitedAt = now, VisibleFrom = withHistory ? null : now });
            db.Messages.Add(SystemLine.Create(c, c.CurrentSessionId.Value, now, withHistory ? SystemLine.Invited : SystemLine.InvitedWithoutHistory,
                await UserDirectory.NameAsync(db, actor.UserId, cancellationToken), user.DisplayName));
            return Done.Value;
        }, cancellationToken);

    public Task<Outcome<Done>> RenameAsync(Actor actor, Guid id, string? title, CancellationToken cancellationToken) =>
        RunAsync(actor, id, async (db, c) =>
        {
            var clean = title?.Trim();
            if (Employee(actor) is { } refused)
            {
                return refused;
            }

            if (clean is { Length: > 200 })
            {
                return Failure.Invalid("A title is at most 200 characters.");
            }

            c.Title = string.IsNullOrEmpty(clean) ? null : clean;
            if (c.CurrentSessionId is { } session)
            {
                db.Messages.Add(SystemLine.Create(c, session, clock.GetUtcNow(), SystemLine.TitleChanged,
                    await UserDirectory.NameAsync(db, actor.UserId, cancellationToken), c.Title ?? ""));
            }

            return Done.Value;
        }, cancellationToken);

    /// <summary>Makes <paramref name="actor"/> the one answering: assigned, active, unread cleared, skip timer made stale.</summary>
    internal async Task AnswerAsync(AppDbContext db, Conversation c, Actor actor, string line, CancellationToken cancellationToken, params string[] extra)
    {
        var session = db.Sessions.Local.FirstOrDefault(s => s.Id == c.CurrentSessionId)
                      ?? await db.Sessions.FirstAsync(s => s.Id == c.CurrentSessionId, cancellationToken);
        var now = clock.GetUtcNow();
        c.AssignedUserId = actor.UserId;
        c.Status = ConversationStatus.Active;
        c.UnreadCount = 0;
        session.AnsweredAt ??= now;
        session.AnsweredByUserId ??= actor.UserId;
        session.AssignmentNumber++;
        db.Messages.Add(SystemLine.Create(c, session.Id, now, line, [await UserDirectory.NameAsync(db, actor.UserId, cancellationToken), .. extra]));
    }

    private Task<Outcome<Done>> RunAsync(Actor actor, Guid id, Func<AppDbContext, Conversation, Task<Outcome<Done>>> change, CancellationToken cancellationToken) =>
        mutation.RunAsync(actor, id, change, cancellationToken);

    private async Task<Guid?> SessionOfAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Conversations.Where(c => c.Id == id).Select(c => c.CurrentSessionId).FirstOrDefaultAsync(cancellationToken);
    }

    private static async Task<Actor> ActorOfAsync(AppDbContext db, string userId, CancellationToken cancellationToken)
    {
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == userId select r.Name).ToListAsync(cancellationToken);
        var admin = roles.Contains(Identity.Roles.Administrator);
        return new Actor(userId, admin || roles.Contains(Identity.Roles.Supervisor), admin);
    }

    private static Failure? Employee(Actor actor) => actor.IsSystem ? Failure.Forbidden("employees only") : null;

    private static Failure? NotClosed(Conversation c) => c.Status == ConversationStatus.Closed ? Failure.Conflict("This conversation is closed.") : null;

    /// <summary>Changing who handles an open conversation is for its holder, or a supervisor, or anyone when nobody holds it.</summary>
    private static Failure? Holder(Actor actor, Conversation c) =>
        c.Status == ConversationStatus.Closed ? Failure.Conflict("This conversation is closed.")
        : actor.IsSystem || actor.SeesAllChannels || c.AssignedUserId is null || c.AssignedUserId == actor.UserId ? null
        : Failure.Conflict("Only the agent who holds this conversation, or a supervisor, can do that.");
}
