using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Channels;
using OpenChannels.Portal.Data;

namespace OpenChannels.Portal.Conversations;

/// <summary>The welcome (or, outside working hours, the off-hours) reply: at most one per session, however many messages arrive.</summary>
public sealed class AutoReplyService(IDbContextFactory<AppDbContext> factory, OutboundSender sender, ConversationFeed feed, TimeProvider clock)
{
    public async Task WelcomeAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();

        // The claim is one conditional UPDATE: of any number of concurrent or repeated runs, exactly one sees a row change.
        var claimed = await db.Sessions.Where(s => s.Id == sessionId && s.AutoReplyAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.AutoReplyAt, now), cancellationToken);
        if (claimed != 1)
        {
            return;
        }

        var session = await db.Sessions.FirstAsync(s => s.Id == sessionId, cancellationToken);
        var conversation = await db.Conversations.FirstAsync(c => c.Id == session.ConversationId, cancellationToken);
        var channel = await db.Channels.FirstAsync(c => c.Id == session.ChannelId, cancellationToken);
        var text = WorkingHours.IsOpen(channel, now) ? channel.WelcomeMessage : channel.OffHoursMessage ?? channel.WelcomeMessage;
        if (string.IsNullOrWhiteSpace(text) || session.EndedAt is not null)
        {
            return;
        }

        var message = Outgoing.Create(conversation, sessionId, MessageKind.Auto, text, null, now);
        db.Messages.Add(message);
        IngestService.Touch(conversation, message, now);
        await db.SaveChangesAsync(cancellationToken);
        feed.Publish(new ConversationChange(conversation.Id, conversation.ChannelId, message.Id));
        await sender.SendAsync(message.Id, cancellationToken);
    }
}
