using Microsoft.EntityFrameworkCore;
using OpenChannels.Abstractions.Inbound;
using OpenChannels.Portal.Connections;
using OpenChannels.Portal.Crm;
using OpenChannels.Portal.Data;
using OpenChannels.Portal.Hosting;
using OpenChannels.Portal.Observability;
using OpenChannels.Portal.Ratings;

namespace OpenChannels.Portal.Conversations;

/// <summary>
/// Stores what a connector parsed from a webhook or a poll, exactly once. The unique keys (connection + external user id for clients,
/// connection + chat id for conversations, conversation + message id for messages) decide; a writer that loses a race gets a
/// unique-key or concurrency error, forgets its work and reads what the winner stored.
/// </summary>
public sealed partial class IngestService(
    IDbContextFactory<AppDbContext> factory,
    IngestCommitter committer,
    PortalOptions options,
    AttachmentStore files,
    PageCommentStore comments,
    ConversationFeed feed,
    PortalMetrics metrics,
    CustomerRatingService ratings,
    TimeProvider clock,
    ILogger<IngestService> logger)
{
    private const int Attempts = 8;

    public async Task<IngestResult> StoreAsync(Connection connection, IReadOnlyList<ConnectorEvent> events, CancellationToken cancellationToken)
    {
        var stored = new List<IngestedMessage>();
        var newComments = 0;
        foreach (var e in events)
        {
            switch (e)
            {
                case InboundMessage message:
                    // On SQLite (one writer at a time, an fsync per commit) messages go through the group commit. PostgreSQL
                    // takes concurrent writers and groups commits itself, so there each delivery writes on its own (a serial
                    // writer made acks wait on round trips: P1 on PostgreSQL). A message with downloaded files is stored
                    // alone either way, so a failed commit can delete exactly the files it wrote.
                    var alone = options.Database != DatabaseProvider.Sqlite || message.Attachments.Any(a => a.Content is not null);
                    if (await (alone
                            ? RetryAsync(db => StoreMessageAsync(db, connection, message, cancellationToken), cancellationToken)
                            : committer.RunAsync(db => StoreMessageAsync(db, connection, message, cancellationToken), cancellationToken)) is { } result)
                    {
                        stored.Add(result);
                        metrics.MessageIngested(connection.ConnectorId, result.Duplicate);
                        if (!result.Duplicate)
                        {
                            feed.Publish(new ConversationChange(result.ConversationId, result.ChannelId, result.MessageId, result.NewSession));
                        }
                    }

                    break;
                case RatingAnswered answer:
                    await RetryAsync(db => RateAsync(db, connection, answer, cancellationToken), cancellationToken);
                    break;
                case MessageEdited or MessageDeleted or DeliveryStatusChanged or ClientReachabilityChanged:
                    await RetryAsync(db => ApplyUpdateAsync(db, connection, e, cancellationToken), cancellationToken);
                    break;
                case CommentReceived comment:
                    newComments += await RetryAsync(db => comments.ApplyAsync(db, connection, comment, cancellationToken), cancellationToken) ? 1 : 0;
                    break;
                default:
                    LogIgnored(logger, e.GetType().Name, connection.Id);
                    break;
            }
        }

        return new IngestResult(stored, newComments);
    }

    private async Task<T?> RetryAsync<T>(Func<AppDbContext, Task<T?>> work, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            try
            {
                return await work(db);
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                // Lost a race with a concurrent delivery of the same chat; the next attempt sees the winner's rows.
                await Task.Delay(TimeSpan.FromMilliseconds(5 * attempt), clock, cancellationToken);
            }
        }
    }

    private async Task<IngestedMessage?> StoreMessageAsync(AppDbContext db, Connection connection, InboundMessage m, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var conversation = await db.Conversations.FirstOrDefaultAsync(c => c.ConnectionId == connection.Id && c.ExternalChatId == m.ChatId, cancellationToken);
        if (conversation is not null && await db.Messages.AnyAsync(x => x.ConversationId == conversation.Id && x.ExternalId == m.MessageId, cancellationToken))
        {
            var existing = await db.Messages.Where(x => x.ConversationId == conversation.Id && x.ExternalId == m.MessageId).Select(x => new { x.Id, x.SessionId }).FirstAsync(cancellationToken);
            return new IngestedMessage(conversation.Id, conversation.ChannelId, existing.SessionId, existing.Id, Duplicate: true, NewSession: false);
        }

        if (m.FromBusiness)
        {
            // Written by the business from the messenger's own app: history only, it neither opens nor answers a session.
            return conversation?.CurrentSessionId is { } current ? await StoreBusinessEchoAsync(db, conversation, current, m, now, cancellationToken) : null;
        }

        var client = await UpsertClientAsync(db, connection, m.User, now, cancellationToken);
        if (conversation is null)
        {
            conversation = new Conversation
            {
                Id = Guid.NewGuid(),
                ChannelId = connection.ChannelId,
                ConnectionId = connection.Id,
                ClientId = client.Id,
                ExternalChatId = m.ChatId,
                Status = ConversationStatus.Closed,
                CreatedAt = now,
            };
            db.Conversations.Add(conversation);
        }

        if (await RatingByTextAsync(db, conversation, m, cancellationToken) is { } rated)
        {
            return rated;
        }

        var newSession = conversation.Status == ConversationStatus.Closed || conversation.CurrentSessionId is null;
        if (newSession)
        {
            var number = await db.Sessions.Where(s => s.ConversationId == conversation.Id).MaxAsync(s => (int?)s.Number, cancellationToken) ?? 0;
            var session = new Session { Id = Guid.NewGuid(), ConversationId = conversation.Id, Number = number + 1, ChannelId = conversation.ChannelId, StartedAt = now };
            db.Sessions.Add(session);
            conversation.CurrentSessionId = session.Id;
            conversation.Status = ConversationStatus.Unanswered;
            conversation.AssignedUserId = null;
            conversation.PinnedUntil = null;
            conversation.UnreadCount = 0;
        }

        var message = new Message
        {
            ConversationId = conversation.Id,
            SessionId = conversation.CurrentSessionId!.Value,
            Kind = MessageKind.Client,
            ExternalId = m.MessageId,
            Text = m.Text ?? "",
            CreatedAt = now,
            ReplyToMessageId = m.ReplyToMessageId is { } quoted
                ? await db.Messages.Where(x => x.ConversationId == conversation.Id && x.ExternalId == quoted).Select(x => (long?)x.Id).FirstOrDefaultAsync(cancellationToken)
                : null,
        };
        var written = await AddAttachmentsAsync(message, m.Attachments, now, cancellationToken);
        db.Messages.Add(message);
        Touch(conversation, message, now);
        conversation.UnreadCount++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            written.ForEach(files.Delete);
            throw;
        }

        return new IngestedMessage(conversation.Id, conversation.ChannelId, message.SessionId, message.Id, Duplicate: false, newSession);
    }

    private async Task<IngestedMessage> StoreBusinessEchoAsync(AppDbContext db, Conversation conversation, Guid session, InboundMessage m, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var message = new Message
        {
            ConversationId = conversation.Id, SessionId = session, Kind = MessageKind.Agent, ExternalId = m.MessageId, Text = m.Text ?? "",
            CreatedAt = now, Delivery = DeliveryStatus.Sent,
        };
        db.Messages.Add(message);
        Touch(conversation, message, now);
        await db.SaveChangesAsync(cancellationToken);
        return new IngestedMessage(conversation.Id, conversation.ChannelId, session, message.Id, Duplicate: false, NewSession: false);
    }

    private async Task<bool> RateAsync(AppDbContext db, Connection connection, RatingAnswered answer, CancellationToken cancellationToken)
    {
        var conversation = await db.Conversations.FirstOrDefaultAsync(c => c.ConnectionId == connection.Id && c.ExternalChatId == answer.ChatId, cancellationToken);
        if (conversation is null || !RatingPayload.TryParse(answer.Payload, out var session, out var rating))
        {
            LogIgnored(logger, "rating with an unknown payload", connection.Id);
            return false;
        }

        return await ratings.RecordAsync(db, conversation, session, rating, cancellationToken);
    }

    /// <summary>"1" or "2" right after a rating question (on a connector without buttons) rates the closed session instead of opening one.</summary>
    private async Task<IngestedMessage?> RatingByTextAsync(AppDbContext db, Conversation? conversation, InboundMessage m, CancellationToken cancellationToken)
    {
        if (conversation is not { Status: ConversationStatus.Closed, CurrentSessionId: { } last } || RatingPayload.FromText(m.Text) is not { } rating)
        {
            return null;
        }

        var session = await db.Sessions.FirstAsync(s => s.Id == last, cancellationToken);
        if (session.RatingRequestedAt is not { } asked || asked < clock.GetUtcNow().AddDays(-1))
        {
            return null;
        }

        var message = new Message { ConversationId = conversation.Id, SessionId = last, Kind = MessageKind.Client, ExternalId = m.MessageId, Text = m.Text!, CreatedAt = clock.GetUtcNow() };
        db.Messages.Add(message);
        await ratings.RecordAsync(db, conversation, last, rating, cancellationToken);
        return new IngestedMessage(conversation.Id, conversation.ChannelId, last, message.Id, Duplicate: false, NewSession: false);
    }

    internal static void Touch(Conversation conversation, Message message, DateTimeOffset now)
    {
        conversation.LastMessageAt = now;
        var preview = message.Text.Length > 0 ? message.Text : message.Attachments.FirstOrDefault()?.FileName ?? "";
        conversation.LastMessagePreview = preview.Length > 200 ? preview[..200] : preview;
        conversation.Version++;
    }

    private static async Task<Client> UpsertClientAsync(AppDbContext db, Connection connection, ExternalUser user, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var client = await db.Clients.FirstOrDefaultAsync(c => c.ConnectionId == connection.Id && c.ExternalUserId == user.Id, cancellationToken);
        if (client is null)
        {
            client = new Client { Id = Guid.NewGuid(), ConnectionId = connection.Id, ExternalUserId = user.Id, Name = Clip(user.Name, 200) ?? user.Id, CreatedAt = now };
            db.Clients.Add(client);
        }

        client.Name = Clip(user.Name, 200) is { Length: > 0 } name ? name : client.Name;
        client.AvatarUrl = Clip(user.AvatarUrl, 2000) ?? client.AvatarUrl;
        client.Username = Clip(user.Username, 200) ?? client.Username;
        client.Phone = Clip(user.Phone, 50) ?? client.Phone;
        client.Email = Clip(user.Email, 200) ?? client.Email;
        client.LanguageCode = Clip(user.LanguageCode, 20) ?? client.LanguageCode;
        client.Reachable = true;
        return client;
    }

    private async Task<List<string>> AddAttachmentsAsync(Message message, IReadOnlyList<InboundAttachment> attachments, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var written = new List<string>();
        foreach (var a in attachments)
        {
            var stored = a.Content is { } bytes ? await files.SaveAsync(bytes, now, cancellationToken) : null;
            if (stored is not null)
            {
                written.Add(stored);
            }

            message.Attachments.Add(new MessageAttachment
            {
                Id = Guid.NewGuid(),
                FileName = AttachmentStore.SafeFileName(a.FileName, a.Kind),
                ContentType = Clip(a.ContentType, 100) ?? "application/octet-stream",
                Size = a.Content?.Length ?? a.Size ?? 0,
                StoragePath = stored,
                Url = Clip(a.Url, 2000),
            });
        }

        return written;
    }

    private async Task<bool> ApplyUpdateAsync(AppDbContext db, Connection connection, ConnectorEvent e, CancellationToken cancellationToken)
    {
        var conversation = await db.Conversations.FirstOrDefaultAsync(c => c.ConnectionId == connection.Id && c.ExternalChatId == e.ChatId, cancellationToken);
        if (conversation is null)
        {
            return false;
        }

        var now = clock.GetUtcNow();
        switch (e)
        {
            case MessageEdited edit:
                await db.Messages.Where(x => x.ConversationId == conversation.Id && x.ExternalId == edit.MessageId)
                    .ExecuteUpdateAsync(u => u.SetProperty(x => x.Text, edit.NewText ?? "").SetProperty(x => x.EditedAt, now), cancellationToken);
                break;
            case MessageDeleted delete:
                await db.Messages.Where(x => x.ConversationId == conversation.Id && x.ExternalId == delete.MessageId)
                    .ExecuteUpdateAsync(u => u.SetProperty(x => x.DeletedAt, now), cancellationToken);
                break;
            case DeliveryStatusChanged status:
                await ApplyDeliveryAsync(db, conversation, status, cancellationToken);
                break;
            case ClientReachabilityChanged reach:
                await db.Clients.Where(c => c.Id == conversation.ClientId)
                    .ExecuteUpdateAsync(u => u.SetProperty(c => c.Reachable, reach.Reachable), cancellationToken);
                if (!reach.Reachable && conversation.CurrentSessionId is { } session)
                {
                    db.Messages.Add(SystemLine.Create(conversation, session, now, SystemLine.ClientUnreachable, reach.Reason));
                    conversation.Version++;
                    await db.SaveChangesAsync(cancellationToken);
                }

                break;
        }

        feed.Publish(new ConversationChange(conversation.Id, conversation.ChannelId));
        return true;
    }

    private static async Task ApplyDeliveryAsync(AppDbContext db, Conversation conversation, DeliveryStatusChanged status, CancellationToken cancellationToken)
    {
        var state = status.State switch
        {
            DeliveryState.Read => DeliveryStatus.Read,
            DeliveryState.Delivered => DeliveryStatus.Delivered,
            _ => DeliveryStatus.Failed,
        };
        var outgoing = db.Messages.Where(x => x.ConversationId == conversation.Id && (x.Kind == MessageKind.Agent || x.Kind == MessageKind.Auto));
        var targets = status.MessageIds.Count > 0
            ? outgoing.Where(x => status.MessageIds.Contains(x.ExternalId!))
            : status.Watermark is { } mark ? outgoing.Where(x => x.CreatedAt <= mark && x.Delivery != DeliveryStatus.Read) : outgoing.Where(_ => false);
        await targets.ExecuteUpdateAsync(u => u.SetProperty(x => x.Delivery, state).SetProperty(x => x.DeliveryError, status.Reason), cancellationToken);
    }

    private static string? Clip(string? text, int max) => string.IsNullOrWhiteSpace(text) ? null : text.Length > max ? text[..max] : text;

    [LoggerMessage(Level = LogLevel.Debug, Message = "Ignored a {EventKind} event on connection {ConnectionId}; nothing handles it yet")]
    private static partial void LogIgnored(ILogger logger, string eventKind, Guid connectionId);
}
