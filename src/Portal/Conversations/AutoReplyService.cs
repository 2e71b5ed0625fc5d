using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Channels;
using OpenChannels.Portal.Data;

namespace OpenChannels.Portal.Conversations;

/// <summary>The welcome (or, outside working hours, the off-hours) reply: at most one per session, however many messages arrive.</summary>
public sealed class AutoReplyService(IDbContextFactory<AppDbContext> factory, OutboundSender sender, ConversationFeed feed, TimeProvider clock)
{
    private const int Attempts = 6;

    public async Task WelcomeAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (await WriteWelcomeAsync(sessionId, cancellationToken) is { } written)
                {
                    feed.Publish(new ConversationChange(written.ConversationId, written.ChannelId, written.Id));
                    await sender.SendAsync(written.Id, cancellationToken);
                }

                return;
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                // A client message touched the conversation meanwhile; the claim was rolled back with the reply, so try again.
                await Task.Delay(TimeSpan.FromMilliseconds(10 * attempt), clock, cancellationToken);
            }
        }
    }

    /// <summary>Claims the session and stores its reply in one transaction: a lost race or a crash leaves neither behind.</summary>
    private async Task<(long Id, Guid ConversationId, Guid ChannelId)?> WriteWelcomeAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow();

        // The claim is one conditional UPDATE: of any number of concurrent or repeated runs, exactly one sees a row change.
        var claimed = await db.Sessions.Where(s => s.Id == sessionId && s.AutoReplyAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.AutoReplyAt, now), cancellationToken);
        if (claimed != 1)
        {
            return null;
        }

        var session = await db.Sessions.FirstAsync(s => s.Id == sessionId, cancellationToken);
        var conversation = await db.Conversations.FirstAsync(c => c.Id == session.ConversationId, cancellationToken);
        var channel = await db.Channels.FirstAsync(c => c.Id == session.ChannelId, cancellationToken);
        var text = WorkingHours.IsOpen(channel, now) ? channel.WelcomeMessage : channel.OffHoursMessage ?? channel.WelcomeMessage;
        if (string.IsNullOrWhiteSpace(text) || session.EndedAt is not null)
        {
            await transaction.CommitAsync(cancellationToken);
            return null;
        }

        var message = Outgoing.Create(conversation, sessionId, MessageKind.Auto, text, null, now);
        db.Messages.Add(message);
        IngestService.Touch(conversation, message, now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (message.Id, conversation.Id, conversation.ChannelId);
    }
}
