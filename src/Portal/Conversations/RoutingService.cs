using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Channels;
using OpenChannels.Portal.Common;
using OpenChannels.Portal.Conversations.Jobs;
using OpenChannels.Portal.Crm;
using OpenChannels.Portal.Data;

namespace OpenChannels.Portal.Conversations;

/// <summary>
/// Offers conversations to the channel's queue: a new session to the next agent, a skipped one to the agent after, with the
/// skip timer and the welcome reply scheduled as persistent jobs.
/// </summary>
public sealed class RoutingService(ConversationMutation mutation, ConversationJobs jobs, CrmSessionRecorder crm, Bots.BotService bots, TimeProvider clock)
{
    private readonly ChannelGate _gate = new();

    /// <summary>Routes a new session once; a second call (a retried webhook, a recovery pass) finds it routed and does nothing.</summary>
    public async Task RouteNewSessionAsync(Guid conversationId, Guid sessionId, CancellationToken cancellationToken)
    {
        await crm.SessionStartedAsync(conversationId, sessionId, cancellationToken);
        if (await bots.HoldsAsync(conversationId, sessionId, cancellationToken))
        {
            return; // the channel's bot answers first and routes the session again when it hands over
        }

        Channel? channel = null;
        IDisposable? held = null;
        Outcome<(string? Agent, int Assignment)> result;
        try
        {
            result = await mutation.RunAsync<(string? Agent, int Assignment)>(Actor.System, conversationId, async (db, conversation) =>
            {
                // Sessions of one channel are assigned one at a time on this node (the worker routes several at once), so the
                // round robin sees the agent picked before; held until the assignment is saved.
                held ??= await _gate.EnterAsync(conversation.ChannelId, cancellationToken);
                return await AssignNewSessionAsync(db, conversation, sessionId, c => channel = c, cancellationToken);
            }, cancellationToken);
        }
        finally
        {
            held?.Dispose();
        }

        if (result.IsOk)
        {
            // A channel without automatic replies has nothing for the welcome job to send: not scheduling it spares two job-store
            // transactions per new session (benchmark P1).
            if (!string.IsNullOrWhiteSpace(channel!.WelcomeMessage) || !string.IsNullOrWhiteSpace(channel.OffHoursMessage))
            {
                await jobs.WelcomeAsync(sessionId, cancellationToken);
            }

            await ScheduleSkipAsync(channel, sessionId, result.Value, cancellationToken);
        }
    }

    private async Task<Outcome<(string? Agent, int Assignment)>> AssignNewSessionAsync(
        AppDbContext db, Conversation conversation, Guid sessionId, Action<Channel> loaded, CancellationToken cancellationToken)
    {
        var session = await db.Sessions.FirstOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        if (session is null || session.AssignmentNumber > 0 || conversation.CurrentSessionId != sessionId || conversation.Status != ConversationStatus.Unanswered)
        {
            return Failure.Conflict("already routed");
        }

        var channel = await db.Channels.Include(c => c.Members).FirstAsync(c => c.Id == conversation.ChannelId, cancellationToken);
        loaded(channel);
        var agent = await PickAsync(db, channel, channel.LastAssignedUserId, new HashSet<string>(), cancellationToken);
        await AssignAsync(db, conversation, session, agent, SystemLine.Assigned, cancellationToken);
        channel.LastAssignedUserId = agent ?? channel.LastAssignedUserId;
        return (agent, session.AssignmentNumber);
    }

    /// <summary>Passes the session to the next agent in the queue; by the skip timer (<paramref name="assignment"/> set) or an agent.</summary>
    public async Task<Outcome<Done>> SkipAsync(Actor actor, Guid conversationId, int? assignment, CancellationToken cancellationToken)
    {
        Channel? channel = null;
        Guid sessionId = default;
        var result = await mutation.RunAsync<(string? Agent, int Assignment)>(actor, conversationId, async (db, conversation) =>
        {
            if (conversation.Status != ConversationStatus.Unanswered || conversation.CurrentSessionId is not { } current)
            {
                return Failure.Conflict("Only an unanswered conversation can be skipped.");
            }

            var session = await db.Sessions.FirstAsync(s => s.Id == current, cancellationToken);
            if (assignment is { } expected && (session.AssignmentNumber != expected || conversation.AssignedUserId is null))
            {
                return Failure.Conflict("the assignment changed since the timer was set");
            }

            if (!actor.IsSystem && conversation.AssignedUserId != actor.UserId && !actor.SeesAllChannels)
            {
                return Failure.Conflict("Only the agent it is assigned to can skip it.");
            }

            channel = await db.Channels.Include(c => c.Members).FirstAsync(c => c.Id == conversation.ChannelId, cancellationToken);
            var skipper = conversation.AssignedUserId;
            var exclude = skipper is null ? new HashSet<string>() : new HashSet<string> { skipper };
            var next = await PickAsync(db, channel, skipper, exclude, cancellationToken);
            if (skipper is not null)
            {
                db.Messages.Add(SystemLine.Create(conversation, current, clock.GetUtcNow(), SystemLine.Skipped, await UserDirectory.NameAsync(db, skipper, cancellationToken)));
            }

            await AssignAsync(db, conversation, session, next, SystemLine.Assigned, cancellationToken);
            sessionId = current;
            return (next, session.AssignmentNumber);
        }, cancellationToken);

        if (!result.IsOk)
        {
            return new Outcome<Done>(result.Kind, null, result.Error);
        }

        await ScheduleSkipAsync(channel!, sessionId, result.Value, cancellationToken);
        return Done.Value;
    }

    /// <summary>Gives the current session to <paramref name="agent"/> (or to everyone, when null) and writes the history line.</summary>
    public async Task AssignAsync(AppDbContext db, Conversation conversation, Session session, string? agent, string line, CancellationToken cancellationToken)
    {
        conversation.AssignedUserId = agent;
        session.AssignmentNumber++;
        var name = agent is null ? null : await UserDirectory.NameAsync(db, agent, cancellationToken);
        db.Messages.Add(name is null
            ? SystemLine.Create(conversation, session.Id, clock.GetUtcNow(), SystemLine.Unassigned)
            : SystemLine.Create(conversation, session.Id, clock.GetUtcNow(), line, name));
    }

    public async Task ScheduleSkipAsync(Channel channel, Guid sessionId, (string? Agent, int Assignment) assigned, CancellationToken cancellationToken)
    {
        if (assigned.Agent is not null && channel.SkipAfterSeconds is { } seconds)
        {
            await jobs.SkipAsync(sessionId, assigned.Assignment, clock.GetUtcNow().AddSeconds(seconds), cancellationToken);
        }
    }

    private async Task<string?> PickAsync(AppDbContext db, Channel channel, string? after, HashSet<string> exclude, CancellationToken cancellationToken)
    {
        var available = await UserDirectory.AvailableAsync(db, channel.Members.Select(m => m.UserId), clock.GetUtcNow(), cancellationToken);
        var load = await UserDirectory.LoadAsync(db, channel.Id, cancellationToken);
        return AgentPicker.Pick(channel, available, load, after, exclude);
    }
}
