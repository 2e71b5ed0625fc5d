using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Conversations;
using OpenChannels.Portal.Data;

namespace OpenChannels.Portal.Channels;

/// <summary>
/// Per-channel permissions. Supervisors and administrators see every channel; an agent sees the channels they are a member of,
/// plus single conversations they were invited into. Everything that reads or changes a conversation asks here first.
/// </summary>
public static class ChannelAccess
{
    /// <summary>The channels the actor may see, or null for all.</summary>
    public static async Task<HashSet<Guid>?> VisibleChannelsAsync(AppDbContext db, Actor actor, CancellationToken cancellationToken) =>
        actor.SeesAllChannels
            ? null
            : (await db.ChannelMembers.Where(m => m.UserId == actor.UserId).Select(m => m.ChannelId).ToListAsync(cancellationToken)).ToHashSet();

    public static async Task<bool> CanSeeChannelAsync(AppDbContext db, Actor actor, Guid channelId, CancellationToken cancellationToken) =>
        actor.SeesAllChannels || await db.ChannelMembers.AnyAsync(m => m.ChannelId == channelId && m.UserId == actor.UserId, cancellationToken);

    public static async Task<bool> CanSeeConversationAsync(AppDbContext db, Actor actor, Conversation conversation, CancellationToken cancellationToken) =>
        await CanSeeChannelAsync(db, actor, conversation.ChannelId, cancellationToken)
        || await db.Participants.AnyAsync(p => p.ConversationId == conversation.Id && p.UserId == actor.UserId, cancellationToken);
}
