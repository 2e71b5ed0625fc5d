using Microsoft.EntityFrameworkCore;
using OpenChannels.Abstractions.Outbound;
using OpenChannels.Portal.Connections;
using OpenChannels.Portal.Conversations.Jobs;
using OpenChannels.Portal.Data;
using OpenChannels.Portal.Observability;
using OpenChannels.Portal.Plugins;

namespace OpenChannels.Portal.Conversations;

/// <summary>
/// Delivers a stored outgoing message through its conversation's connector and records the result on the message: sent (with
/// the messenger's id), retry scheduled (a persistent job tries again), or failed with the reason. Whispers and system lines
/// never come here. Messages of one conversation leave in the order they were written: a message waits (still "sending")
/// while an earlier one of its conversation is sending or waiting for a retry, and the earlier one's final result (sent or
/// failed) starts the next. Sends of one conversation are serialized in this process.
/// </summary>
public sealed partial class OutboundSender(
    IDbContextFactory<AppDbContext> factory,
    ConnectorGateway gateway,
    ConnectionContextFactory contexts,
    AttachmentStore files,
    ConversationJobs jobs,
    ConversationFeed feed,
    PortalMetrics metrics,
    TimeProvider clock,
    ILogger<OutboundSender> logger)
{
    public const int MaxAttempts = 10;
    private static readonly TimeSpan Unreachable = TimeSpan.FromSeconds(30);
    private readonly ConversationGates _gates = new();

    public async Task SendAsync(long messageId, CancellationToken cancellationToken)
    {
        Guid conversationId;
        await using (var lookup = await factory.CreateDbContextAsync(cancellationToken))
        {
            var found = await lookup.Messages.Where(m => m.Id == messageId).Select(m => (Guid?)m.ConversationId).FirstOrDefaultAsync(cancellationToken);
            if (found is null)
            {
                return;
            }

            conversationId = found.Value;
        }

        using (await _gates.EnterAsync(conversationId, cancellationToken))
        {
            if (await SendInOrderAsync(messageId, cancellationToken) is { } next)
            {
                // Through the persistent job store: the next message goes out even if this process stops now.
                await jobs.RetrySendAsync(next, clock.GetUtcNow(), cancellationToken);
            }
        }
    }

    /// <summary>Sends the message unless an earlier one of its conversation is still pending; returns the next message to send, if any.</summary>
    private async Task<long?> SendInOrderAsync(long messageId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var message = await db.Messages.Include(m => m.Attachments).FirstOrDefaultAsync(m => m.Id == messageId, cancellationToken);
        if (message is null || message.Kind is not (MessageKind.Agent or MessageKind.Auto) || message.Delivery is not (DeliveryStatus.Sending or DeliveryStatus.RetryScheduled))
        {
            return null;
        }

        if (await Pending(db, message.ConversationId).AnyAsync(m => m.Id < messageId, cancellationToken))
        {
            LogWaiting(logger, messageId);
            return null;
        }

        var conversation = await db.Conversations.Include(c => c.Client).FirstAsync(c => c.Id == message.ConversationId, cancellationToken);
        var connection = await db.Connections.FirstOrDefaultAsync(c => c.Id == conversation.ConnectionId, cancellationToken);
        message.Attempts++;
        if (connection is null)
        {
            Fail(message, "The connection of this conversation was removed.");
        }
        else
        {
            var outbound = await BuildAsync(db, conversation, message, cancellationToken);
            var call = await gateway.InvokeAsync(connection.ConnectorId, "Send", (c, services, ct) => c.SendAsync(contexts.Create(connection, services), outbound, ct).AsTask(), cancellationToken);
            var result = call.IsCompleted ? call.Value! : SendResult.RetryLater(Unreachable, call.Error ?? "connector unavailable");
            metrics.MessageSent(connection.ConnectorId, result.Outcome.ToString());
            await RecordAsync(message, result, cancellationToken);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex)
        {
            // The messenger echoed the message back (with the same id) before this save: the echo is the stored copy.
            LogEchoWon(logger, ex, messageId);
            db.ChangeTracker.Clear();
            await db.Messages.Where(m => m.Id == messageId).ExecuteUpdateAsync(u => u.SetProperty(m => m.Delivery, DeliveryStatus.Sent), cancellationToken);
        }

        feed.Publish(new ConversationChange(conversation.Id, conversation.ChannelId));
        return message.Delivery is DeliveryStatus.RetryScheduled
            ? null
            : await Pending(db, conversation.Id).Where(m => m.Id > messageId).OrderBy(m => m.Id).Select(m => (long?)m.Id).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Outgoing messages of a conversation not yet sent or failed.</summary>
    public static IQueryable<Message> Pending(AppDbContext db, Guid conversationId) => db.Messages.Where(m =>
        m.ConversationId == conversationId && (m.Kind == MessageKind.Agent || m.Kind == MessageKind.Auto)
        && (m.Delivery == DeliveryStatus.Sending || m.Delivery == DeliveryStatus.RetryScheduled));

    /// <summary>An agent's "retry" button: a failed message is queued again.</summary>
    public async Task<bool> RetryNowAsync(long messageId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var changed = await db.Messages.Where(m => m.Id == messageId && (m.Delivery == DeliveryStatus.Failed || m.Delivery == DeliveryStatus.RetryScheduled))
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.Delivery, DeliveryStatus.Sending).SetProperty(m => m.Attempts, 0).SetProperty(m => m.DeliveryError, (string?)null), cancellationToken);
        if (changed == 1)
        {
            await SendAsync(messageId, cancellationToken);
        }

        return changed == 1;
    }

    private async Task RecordAsync(Message message, SendResult result, CancellationToken cancellationToken)
    {
        switch (result.Outcome)
        {
            case SendOutcome.Sent:
                message.Delivery = DeliveryStatus.Sent;
                message.ExternalId = result.ExternalId;
                message.DeliveryError = null;
                break;
            case SendOutcome.Retry when message.Attempts < MaxAttempts:
                var delay = result.RetryAfter < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1)
                    : result.RetryAfter > TimeSpan.FromHours(1) ? TimeSpan.FromHours(1) : result.RetryAfter;
                message.Delivery = DeliveryStatus.RetryScheduled;
                message.DeliveryError = Clip(result.Reason);
                await jobs.RetrySendAsync(message.Id, clock.GetUtcNow() + delay, cancellationToken);
                break;
            default:
                Fail(message, result.Reason ?? "the messenger refused the message");
                break;
        }
    }

    private async Task<OutboundMessage> BuildAsync(AppDbContext db, Conversation conversation, Message message, CancellationToken cancellationToken)
    {
        var quoted = message.ReplyToMessageId is { } replyTo
            ? await db.Messages.Where(m => m.Id == replyTo).Select(m => m.ExternalId).FirstOrDefaultAsync(cancellationToken)
            : null;
        var attachments = new List<OutboundAttachment>();
        foreach (var a in message.Attachments.Where(a => a.StoragePath is not null))
        {
            await using var stream = files.Open(a.StoragePath!);
            if (stream is not null)
            {
                using var buffer = new MemoryStream();
                await stream.CopyToAsync(buffer, cancellationToken);
                attachments.Add(new OutboundAttachment(a.FileName, a.ContentType, buffer.ToArray()));
            }
        }

        return new OutboundMessage(conversation.ExternalChatId, message.Text)
        {
            LocalId = message.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ReplyToMessageId = quoted,
            Attachments = attachments,
            UserId = conversation.Client?.ExternalUserId,
            Buttons = message.Buttons is null ? [] : System.Text.Json.JsonSerializer.Deserialize<List<OutboundButton>>(message.Buttons) ?? [],
        };
    }

    private static void Fail(Message message, string reason)
    {
        message.Delivery = DeliveryStatus.Failed;
        message.DeliveryError = Clip(reason);
    }

    private static string? Clip(string? text) => text is { Length: > 1000 } ? text[..1000] : text;

    [LoggerMessage(Level = LogLevel.Information, Message = "Message {MessageId} waits for an earlier message of its conversation")]
    private static partial void LogWaiting(ILogger logger, long messageId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Message {MessageId} was already stored from the messenger's echo")]
    private static partial void LogEchoWon(ILogger logger, Exception exception, long messageId);
}
