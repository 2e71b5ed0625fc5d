using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Channels;
using OpenChannels.Portal.Common;
using OpenChannels.Portal.Crm;
using OpenChannels.Portal.Data;
using OpenChannels.Portal.Ratings;

namespace OpenChannels.Portal.Conversations;

/// <summary>
/// Ends sessions: close (with the channel's closing message), spam / force stop (silently), inactivity auto-close, and split
/// (close, and continue from a given message in a new session). The client can always write again, which opens a new session.
/// </summary>
public sealed class SessionCloser(
    ConversationMutation mutation,
    RoutingService routing,
    OutboundSender sender,
    CustomerRatingService ratings,
    CrmSessionRecorder crm,
    TimeProvider clock)
{
    public Task<Outcome<Done>> CloseAsync(Actor actor, Guid id, CancellationToken cancellationToken) =>
        EndAsync(actor, id, SessionEndReason.Closed, SystemLine.Closed, sendClosingMessage: true, cancellationToken);

    public Task<Outcome<Done>> SpamAsync(Actor actor, Guid id, CancellationToken cancellationToken) =>
        EndAsync(actor, id, SessionEndReason.Spam, SystemLine.Spam, sendClosingMessage: false, cancellationToken);

    /// <summary>The inactivity job: closes only if still idle since <paramref name="idleSince"/> and not pinned.</summary>
    public async Task AutoCloseAsync(Guid id, DateTimeOffset idleSince, CancellationToken cancellationToken) =>
        await EndAsync(Actor.System, id, SessionEndReason.AutoClosed, SystemLine.AutoClosed, sendClosingMessage: true, cancellationToken,
            c => c.LastMessageAt >= idleSince || c.PinnedUntil > clock.GetUtcNow() ? Failure.Conflict("no longer idle") : null);

    /// <summary>Closes the current session and opens a new one that starts at <paramref name="messageId"/> (a client message).</summary>
    public async Task<Outcome<Done>> SplitAsync(Actor actor, Guid id, long messageId, CancellationToken cancellationToken)
    {
        Guid created = default;
        Guid split = default;
        var outcome = await mutation.RunAsync<Done>(actor, id, async (db, c) =>
        {
            var message = await db.Messages.FirstOrDefaultAsync(m => m.Id == messageId && m.ConversationId == id, cancellationToken);
            if (actor.IsSystem || c.CurrentSessionId is not { } current || message is null || message.SessionId != current || message.Kind != MessageKind.Client)
            {
                return Failure.Invalid("Pick a client message of the current session.");
            }

            var now = clock.GetUtcNow();
            var old = await db.Sessions.FirstAsync(s => s.Id == current, cancellationToken);
            old.EndedAt = now;
            old.EndReason = SessionEndReason.Split;
            split = current;
            var next = new Session { Id = Guid.NewGuid(), ConversationId = id, Number = old.Number + 1, ChannelId = c.ChannelId, StartedAt = now, AutoReplyAt = now };
            db.Sessions.Add(next);
            db.Messages.Add(SystemLine.Create(c, current, now, SystemLine.Split, await UserDirectory.NameAsync(db, actor.UserId, cancellationToken)));
            foreach (var moved in await db.Messages.Where(m => m.ConversationId == id && m.SessionId == current && m.Id >= messageId && m.Kind != MessageKind.System).ToListAsync(cancellationToken))
            {
                moved.SessionId = next.Id;
            }

            c.CurrentSessionId = next.Id;
            c.Status = ConversationStatus.Unanswered;
            c.AssignedUserId = null;
            c.PinnedUntil = null;
            created = next.Id;
            return Done.Value;
        }, cancellationToken);
        if (outcome.IsOk)
        {
            await crm.RefreshAsync(split, cancellationToken);
            await routing.RouteNewSessionAsync(id, created, cancellationToken);
        }

        return outcome;
    }

    private async Task<Outcome<Done>> EndAsync(
        Actor actor, Guid id, SessionEndReason reason, string line, bool sendClosingMessage, CancellationToken cancellationToken, Func<Conversation, Failure?>? guard = null)
    {
        Message? closingMessage = null;
        Message? ratingQuestion = null;
        Guid ended = default;
        var outcome = await mutation.RunAsync<Done>(actor, id, async (db, c) =>
        {
            if (c.Status == ConversationStatus.Closed || c.CurrentSessionId is not { } current)
            {
                return Failure.Conflict("This conversation is already closed.");
            }

            if (guard?.Invoke(c) is { } refused)
            {
                return refused;
            }

            if (!actor.IsSystem && !actor.SeesAllChannels && c.AssignedUserId is { } holder && holder != actor.UserId)
            {
                return Failure.Conflict("Only the agent who holds this conversation, or a supervisor, can close it.");
            }

            var now = clock.GetUtcNow();
            var session = await db.Sessions.FirstAsync(s => s.Id == current, cancellationToken);
            session.EndedAt = now;
            session.EndReason = reason;
            ended = current;
            c.Status = ConversationStatus.Closed;
            c.PinnedUntil = null;
            c.UnreadCount = 0;
            db.Messages.Add(SystemLine.Create(c, current, now, line, await UserDirectory.NameAsync(db, actor.UserId, cancellationToken)));
            var channel = await db.Channels.FirstAsync(ch => ch.Id == c.ChannelId, cancellationToken);
            closingMessage = ratingQuestion = null;
            if (sendClosingMessage && !string.IsNullOrWhiteSpace(channel.ClosingMessage))
            {
                closingMessage = Outgoing.Create(c, current, MessageKind.Auto, channel.ClosingMessage, null, now);
                db.Messages.Add(closingMessage);
            }

            if (channel.RatingEnabled && reason != SessionEndReason.Spam)
            {
                ratingQuestion = await ratings.AskAsync(db, c, session, cancellationToken);
            }

            return Done.Value;
        }, cancellationToken);

        if (outcome.IsOk)
        {
            foreach (var message in new[] { closingMessage, ratingQuestion }.OfType<Message>())
            {
                await sender.SendAsync(message.Id, cancellationToken);
            }

            await crm.RefreshAsync(ended, cancellationToken);
        }

        return outcome;
    }
}
