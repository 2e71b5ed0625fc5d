using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenChannels.Portal.Common;
using OpenChannels.Portal.Conversations;
using OpenChannels.Portal.Data;
using OpenChannels.Portal.Hosting;

namespace OpenChannels.Portal.Crm;

/// <summary>
/// Puts chats into the CRM. A new session links its client to a CRM record (the client's link, else a contact or lead with the same
/// e-mail or phone, else a new lead when the channel says so) and becomes a chat activity holding the session's transcript, which is
/// rewritten when the session closes or on request. Never fails the chat: errors are logged.
/// </summary>
public sealed partial class CrmSessionRecorder(
    IDbContextFactory<AppDbContext> factory,
    TranscriptWriter transcripts,
    PortalOptions options,
    IStringLocalizer<SharedResource> localizer,
    TimeProvider clock,
    ILogger<CrmSessionRecorder> logger)
{
    /// <summary>Sessions whose activities are rewritten in one transaction by <see cref="RefreshAsync(IReadOnlyCollection{Guid}, CancellationToken)"/>.</summary>
    public const int RefreshBatch = 200;

    public async Task SessionStartedAsync(Guid conversationId, Guid sessionId, CancellationToken cancellationToken)
    {
        try
        {
            await RecordAsync(conversationId, sessionId, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(logger, ex, sessionId);
        }
    }

    /// <summary>Rewrites the session's activity from the stored messages (edits, deletions and whispers included).</summary>
    public Task RefreshAsync(Guid sessionId, CancellationToken cancellationToken) => RefreshAsync([sessionId], cancellationToken);

    /// <summary>Rewrites the activities of these sessions (up to <see cref="RefreshBatch"/>) in one transaction.</summary>
    public async Task RefreshAsync(IReadOnlyCollection<Guid> sessionIds, CancellationToken cancellationToken)
    {
        try
        {
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            var ids = sessionIds.Select(id => (Guid?)id).ToList();
            var activities = await db.Activities.Where(a => ids.Contains(a.SessionId)).ToListAsync(cancellationToken);
            var conversationIds = activities.Select(a => a.ConversationId).OfType<Guid>().Distinct().ToList();
            var conversations = await db.Conversations.AsNoTracking().Include(c => c.Client)
                .Where(c => conversationIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
            foreach (var activity in activities)
            {
                if (activity.ConversationId is { } id && conversations.TryGetValue(id, out var conversation))
                {
                    await WriteTranscriptAsync(db, activity, conversation, cancellationToken);
                }
            }

            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogRefreshFailed(logger, ex, sessionIds.Count);
        }
    }

    private async Task WriteTranscriptAsync(AppDbContext db, Activity activity, Conversation conversation, CancellationToken cancellationToken)
    {
        var session = activity.SessionId!.Value;
        activity.Body = await transcripts.WriteSessionAsync(db, conversation, session, cancellationToken);
        activity.Internal = await db.Messages.AnyAsync(m => m.SessionId == session && m.Kind == MessageKind.Whisper, cancellationToken);
        activity.UpdatedAt = clock.GetUtcNow();
    }

    /// <summary>Links the client and writes the session's activity with its transcript so far, in one transaction.</summary>
    private async Task RecordAsync(Guid conversationId, Guid sessionId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (await db.Activities.AnyAsync(a => a.SessionId == sessionId, cancellationToken))
        {
            return;
        }

        var conversation = await db.Conversations.AsNoTracking().Include(c => c.Client).FirstOrDefaultAsync(c => c.Id == conversationId, cancellationToken);
        var session = await db.Sessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        if (conversation?.Client is not { } client || session is null)
        {
            return;
        }

        if (options.MaxCrmSessions is { } max && await db.Activities.CountAsync(a => a.Kind == ActivityKind.ChatSession, cancellationToken) >= max)
        {
            LogQuota(logger, max, sessionId);
            return;
        }

        var channel = await db.Channels.AsNoTracking().FirstAsync(c => c.Id == conversation.ChannelId, cancellationToken);
        var (leadId, contactId) = await CrmMatcher.FindAsync(db, client, cancellationToken);
        var now = clock.GetUtcNow();
        if (leadId is null && contactId is null)
        {
            if (!channel.CreateLeadForNewClients)
            {
                return;
            }

            var connector = await db.Connections.Where(c => c.Id == client.ConnectionId).Select(c => c.ConnectorId).FirstOrDefaultAsync(cancellationToken);
            var lead = new Lead
            {
                Id = Guid.NewGuid(), Name = client.Name, Phone = client.Phone, Email = client.Email, ChannelId = conversation.ChannelId,
                ChannelIdentity = $"{connector}:{client.Username ?? client.ExternalUserId}", CreatedAt = now, UpdatedAt = now,
            };
            db.Leads.Add(lead);
            leadId = lead.Id;
        }

        if (!await db.ClientLinks.AnyAsync(l => l.ClientId == client.Id, cancellationToken))
        {
            db.ClientLinks.Add(new ClientLink { ClientId = client.Id, LeadId = contactId is null ? leadId : null, ContactId = contactId, CreatedAt = now });
        }

        var activity = new Activity
        {
            Id = Guid.NewGuid(), Kind = ActivityKind.ChatSession, Subject = localizer["Crm.Session", session.Number],
            LeadId = contactId is null ? leadId : null, ContactId = contactId, ChannelId = conversation.ChannelId,
            ConversationId = conversation.Id, SessionId = sessionId, CreatedAt = session.StartedAt, UpdatedAt = now,
        };
        await WriteTranscriptAsync(db, activity, conversation, cancellationToken);
        db.Activities.Add(activity);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another call recorded this session first (a retried route); its activity stands.
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not record session {SessionId} in the CRM")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid sessionId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not rewrite the CRM transcripts of {Count} sessions")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The CRM holds its quota of {Max} chat sessions (OPENCHANNELS_MAX_CRM_SESSIONS); session {SessionId} is not saved to it")]
    private static partial void LogQuota(ILogger logger, int max, Guid sessionId);
}
