using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Common;
using OpenChannels.Portal.Data;
using OpenChannels.Portal.Hosting;

namespace OpenChannels.Portal.Channels;

/// <summary>Creates, edits and deletes open channels (administrators), and lists them for whoever may see them.</summary>
public sealed class ChannelService(IDbContextFactory<AppDbContext> factory, PortalOptions options, TimeProvider clock)
{
    public async Task<IReadOnlyList<ChannelView>> ListAsync(Actor actor, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var visible = await ChannelAccess.VisibleChannelsAsync(db, actor, cancellationToken);
        var channels = await db.Channels.AsNoTracking().Include(c => c.Members)
            .Where(c => visible == null || visible.Contains(c.Id)).OrderBy(c => c.Name).ToListAsync(cancellationToken);
        var counts = await db.Connections.GroupBy(c => c.ChannelId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return channels.Select(c => ChannelView.From(c, counts.GetValueOrDefault(c.Id))).ToList();
    }

    public async Task<Outcome<ChannelView>> GetAsync(Actor actor, Guid id, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (!await ChannelAccess.CanSeeChannelAsync(db, actor, id, cancellationToken))
        {
            return Failure.NotFound("channel not found");
        }

        var channel = await db.Channels.AsNoTracking().Include(c => c.Members).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        return channel is null
            ? Failure.NotFound("channel not found")
            : ChannelView.From(channel, await db.Connections.CountAsync(c => c.ChannelId == id, cancellationToken));
    }

    public async Task<Outcome<ChannelView>> CreateAsync(Actor actor, ChannelInput input, CancellationToken cancellationToken)
    {
        if (!actor.IsAdministrator)
        {
            return Failure.Forbidden("only administrators manage channels");
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (options.MaxChannels is { } max && await db.Channels.CountAsync(cancellationToken) >= max)
        {
            return Failure.Conflict($"The channel quota ({max}) is reached.");
        }

        if ((ChannelSettingsMapper.Validate(input) ?? await UnknownMemberAsync(db, input, cancellationToken)) is { } error)
        {
            return Failure.Invalid(error);
        }

        var channel = new Channel { Id = Guid.NewGuid(), Name = input.Name, CreatedAt = clock.GetUtcNow() };
        ChannelSettingsMapper.Apply(input, channel);
        SetMembers(channel, input.Members ?? []);
        db.Channels.Add(channel);
        await db.SaveChangesAsync(cancellationToken);
        return ChannelView.From(channel, 0);
    }

    public async Task<Outcome<ChannelView>> UpdateAsync(Actor actor, Guid id, ChannelInput input, CancellationToken cancellationToken)
    {
        if (!actor.IsAdministrator)
        {
            return Failure.Forbidden("only administrators manage channels");
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var channel = await db.Channels.Include(c => c.Members).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (channel is null)
        {
            return Failure.NotFound("channel not found");
        }

        if ((ChannelSettingsMapper.Validate(input) ?? await UnknownMemberAsync(db, input, cancellationToken)) is { } error)
        {
            return Failure.Invalid(error);
        }

        ChannelSettingsMapper.Apply(input, channel);
        if (input.Members is { } members)
        {
            db.ChannelMembers.RemoveRange(channel.Members);
            channel.Members.Clear();
            SetMembers(channel, members);
        }

        await db.SaveChangesAsync(cancellationToken);
        return ChannelView.From(channel, await db.Connections.CountAsync(c => c.ChannelId == id, cancellationToken));
    }

    /// <summary>Deletes an empty channel. One with conversations is refused: disable it instead, so no history is lost.</summary>
    public async Task<Outcome<Done>> DeleteAsync(Actor actor, Guid id, CancellationToken cancellationToken)
    {
        if (!actor.IsAdministrator)
        {
            return Failure.Forbidden("only administrators manage channels");
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var channel = await db.Channels.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (channel is null)
        {
            return Failure.NotFound("channel not found");
        }

        if (await db.Conversations.AnyAsync(c => c.ChannelId == id, cancellationToken))
        {
            return Failure.Conflict("The channel has conversations; disable it instead of deleting it.");
        }

        if (await db.Connections.AnyAsync(c => c.ChannelId == id, cancellationToken))
        {
            return Failure.Conflict("Remove the channel's connections first.");
        }

        db.Channels.Remove(channel);
        await db.SaveChangesAsync(cancellationToken);
        return Done.Value;
    }

    private static void SetMembers(Channel channel, IReadOnlyList<ChannelMemberInput> members)
    {
        for (var i = 0; i < members.Count; i++)
        {
            channel.Members.Add(new ChannelMember { ChannelId = channel.Id, UserId = members[i].UserId, InQueue = members[i].InQueue, Position = i });
        }
    }

    private static async Task<string?> UnknownMemberAsync(AppDbContext db, ChannelInput input, CancellationToken cancellationToken)
    {
        if (input.Members is not { Count: > 0 } members)
        {
            return null;
        }

        var ids = members.Select(m => m.UserId).ToList();
        var known = await db.Users.Where(u => ids.Contains(u.Id)).Select(u => u.Id).ToListAsync(cancellationToken);
        var unknown = ids.Except(known).FirstOrDefault();
        return unknown is null ? null : $"Unknown user '{unknown}'.";
    }
}
