using Microsoft.EntityFrameworkCore;
using OpenChannels.Abstractions.Manifest;
using OpenChannels.Abstractions.Outbound;
using OpenChannels.Portal.Channels;
using OpenChannels.Portal.Common;
using OpenChannels.Portal.Connections;
using OpenChannels.Portal.Data;
using OpenChannels.Portal.Plugins;

namespace OpenChannels.Portal.Conversations;

/// <summary>
/// What employees write: replies (which also answer an unanswered conversation), whispers (stored, never sent), and edits and
/// deletes of their own messages, pushed to the messenger where the connector can, and made locally otherwise.
/// </summary>
public sealed class MessageService(
    IDbContextFactory<AppDbContext> factory,
    ConversationMutation mutation,
    ConversationActions actions,
    OutboundSender sender,
    ConnectorGateway gateway,
    ConnectionContextFactory contexts,
    PluginRegistry registry,
    ConversationFeed feed,
    Mentions.MentionService mentions,
    TimeProvider clock)
{
    public const int MaxLength = 10_000;

    public Task<Outcome<long>> PostAsync(Actor actor, Guid id, NewMessage input, CancellationToken cancellationToken) =>
        PostAsync(actor, id, input, [], cancellationToken);

    /// <summary>A reply (or whisper) with files already checked and stored by <see cref="Uploads.ReplyUploadService"/>; text is optional then.</summary>
    public async Task<Outcome<long>> PostAsync(Actor actor, Guid id, NewMessage input, IReadOnlyList<Uploads.PendingFile> files, CancellationToken cancellationToken)
    {
        var text = input.Text?.Trim() ?? "";
        if (actor.IsSystem || (text.Length == 0 && files.Count == 0) || text.Length > MaxLength || files.Count > Uploads.UploadLimits.MaxFilesPerMessage)
        {
            return Failure.Invalid($"A message needs text (or files), at most {MaxLength} characters and {Uploads.UploadLimits.MaxFilesPerMessage} files.");
        }

        // "@Name" reaches the client as the plain name; the colleagues and public chats named hear about it once the message is stored.
        var mentioned = await mentions.ResolveAsync(text, cancellationToken);
        text = mentioned.Text;

        Message? message = null;
        var outcome = await mutation.RunAsync<long>(actor, id, async (db, c) =>
        {
            if (input.ReplyToMessageId is { } quoted && !await db.Messages.AnyAsync(m => m.Id == quoted && m.ConversationId == id, cancellationToken))
            {
                return Failure.Invalid("The quoted message is not in this conversation.");
            }

            if (!input.Whisper && await PrepareReplyAsync(db, c, actor, cancellationToken) is { } refused)
            {
                return refused;
            }

            var now = clock.GetUtcNow();
            var session = c.CurrentSessionId ?? await db.Sessions.Where(s => s.ConversationId == id).OrderByDescending(s => s.Number).Select(s => s.Id).FirstAsync(cancellationToken);
            message = Outgoing.Create(c, session, input.Whisper ? MessageKind.Whisper : MessageKind.Agent, text, actor.UserId, now);
            message.ReplyToMessageId = input.ReplyToMessageId;
            message.Attachments.AddRange(files.Select(f => new MessageAttachment { Id = Guid.NewGuid(), FileName = f.FileName, ContentType = f.ContentType, Size = f.Size, StoragePath = f.StoragePath }));
            db.Messages.Add(message);
            if (!input.Whisper)
            {
                IngestService.Touch(c, message, now);
                c.UnreadCount = 0;
                var current = db.Sessions.Local.FirstOrDefault(x => x.Id == session) ?? await db.Sessions.FirstAsync(x => x.Id == session, cancellationToken);
                current.FirstResponseAt ??= now;
            }

            return 0L;
        }, cancellationToken);
        if (!outcome.IsOk)
        {
            return outcome;
        }

        if (message!.Kind == MessageKind.Agent)
        {
            await sender.SendAsync(message.Id, cancellationToken);
        }

        await mentions.AnnounceAsync(actor, id, message.Id, mentioned, cancellationToken);

        return message.Id;
    }

    public Task<Outcome<Done>> EditAsync(Actor actor, long messageId, string? newText, CancellationToken cancellationToken)
    {
        var text = newText?.Trim() ?? "";
        return text.Length is 0 or > MaxLength
            ? Task.FromResult<Outcome<Done>>(Failure.Invalid($"A message needs text, at most {MaxLength} characters."))
            : ChangeOwnAsync(actor, messageId, ConnectorCapability.EditOutgoing, text, cancellationToken);
    }

    public Task<Outcome<Done>> DeleteAsync(Actor actor, long messageId, CancellationToken cancellationToken) =>
        ChangeOwnAsync(actor, messageId, ConnectorCapability.DeleteOutgoing, null, cancellationToken);

    /// <summary>A reply answers an unanswered conversation, reopens a closed one, and is refused while a colleague holds it.</summary>
    private async Task<Failure?> PrepareReplyAsync(AppDbContext db, Conversation c, Actor actor, CancellationToken cancellationToken)
    {
        var invited = await db.Participants.AnyAsync(p => p.ConversationId == c.Id && p.UserId == actor.UserId, cancellationToken);
        if (c.Status == ConversationStatus.Closed)
        {
            var number = await db.Sessions.Where(s => s.ConversationId == c.Id).MaxAsync(s => s.Number, cancellationToken);
            var session = new Session { Id = Guid.NewGuid(), ConversationId = c.Id, Number = number + 1, ChannelId = c.ChannelId, StartedAt = clock.GetUtcNow(), AutoReplyAt = clock.GetUtcNow() };
            db.Sessions.Add(session);
            c.CurrentSessionId = session.Id;
            await actions.AnswerAsync(db, c, actor, SystemLine.SessionStarted, cancellationToken);
            return null;
        }

        if (c.AssignedUserId == actor.UserId || invited)
        {
            if (c.Status == ConversationStatus.Unanswered && c.AssignedUserId == actor.UserId)
            {
                await actions.AnswerAsync(db, c, actor, SystemLine.Answered, cancellationToken);
            }

            return null;
        }

        if (c.AssignedUserId is not null && c.Status == ConversationStatus.Active)
        {
            return Failure.Conflict($"{await UserDirectory.NameAsync(db, c.AssignedUserId, cancellationToken)} holds this conversation; take it over to reply.");
        }

        await actions.AnswerAsync(db, c, actor, SystemLine.Answered, cancellationToken);
        return null;
    }

    private async Task<Outcome<Done>> ChangeOwnAsync(Actor actor, long messageId, ConnectorCapability capability, string? newText, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var message = await db.Messages.FirstOrDefaultAsync(m => m.Id == messageId, cancellationToken);
        var conversation = message is null ? null : await db.Conversations.FirstAsync(c => c.Id == message.ConversationId, cancellationToken);
        if (message is null || conversation is null || !await ChannelAccess.CanSeeConversationAsync(db, actor, conversation, cancellationToken))
        {
            return Failure.NotFound("message not found");
        }

        if (message.AuthorUserId != actor.UserId || message.Kind is not (MessageKind.Agent or MessageKind.Whisper) || message.DeletedAt is not null)
        {
            return Failure.Forbidden("You can only change your own messages.");
        }

        var pushed = message.Kind == MessageKind.Whisper || message.ExternalId is null;
        if (!pushed && await db.Connections.FirstOrDefaultAsync(c => c.Id == conversation.ConnectionId, cancellationToken) is { } connection
            && registry.Find(connection.ConnectorId)?.Capabilities.Contains(capability) == true)
        {
            var result = await gateway.InvokeAsync(connection.ConnectorId, capability.ToString(), (c, services, ct) => newText is null
                ? c.DeleteAsync(contexts.Create(connection, services), new OutboundDelete(conversation.ExternalChatId, message.ExternalId!), ct).AsTask()
                : c.EditAsync(contexts.Create(connection, services), new OutboundEdit(conversation.ExternalChatId, message.ExternalId!, newText), ct).AsTask(), cancellationToken);
            pushed = result is { IsCompleted: true, Value.Outcome: SendOutcome.Sent };
        }

        message.ChangedLocallyOnly = !pushed;
        if (newText is null)
        {
            message.DeletedAt = clock.GetUtcNow();
        }
        else
        {
            message.Text = newText;
            message.EditedAt = clock.GetUtcNow();
        }

        await db.SaveChangesAsync(cancellationToken);
        feed.Publish(new ConversationChange(conversation.Id, conversation.ChannelId));
        return Done.Value;
    }
}
