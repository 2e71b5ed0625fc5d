using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Conversations;
using OpenChannels.Portal.Data;

namespace OpenChannels.Portal.Widget;

/// <summary>
/// The visitor's side of their conversation: their messages and what was sent to them, never whispers or system lines. The
/// conversation is found by (connection, visitor id from the token), so a visitor can only ever read their own.
/// </summary>
public sealed class WidgetHistory(IDbContextFactory<AppDbContext> factory, WidgetFileLinks links)
{
    public const int Limit = 200;
    public const string OutgoingPrefix = "wc-";

    public async Task<IReadOnlyList<WidgetMessageView>> ReadAsync(Guid connectionId, string visitorId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var conversation = await FindAsync(db, connectionId, visitorId, cancellationToken);
        if (conversation is null)
        {
            return [];
        }

        var messages = await db.Messages.AsNoTracking().Include(m => m.Attachments)
            .Where(m => m.ConversationId == conversation.Value && (m.Kind == MessageKind.Client || m.Kind == MessageKind.Agent || m.Kind == MessageKind.Auto))
            .OrderByDescending(m => m.Id).Take(Limit).ToListAsync(cancellationToken);
        var ratings = await db.Sessions.AsNoTracking().Where(s => s.ConversationId == conversation.Value && s.CustomerRating != null)
            .ToDictionaryAsync(s => s.Id, s => s.CustomerRating!.Value, cancellationToken);
        return messages.OrderBy(m => m.Id).Select(m => View(connectionId, visitorId, m, ratings)).ToList();
    }

    /// <summary>The visitor's conversation id, or null before their first message.</summary>
    public static async Task<Guid?> FindAsync(AppDbContext db, Guid connectionId, string visitorId, CancellationToken cancellationToken) =>
        await db.Conversations.Where(c => c.ConnectionId == connectionId && c.ExternalChatId == visitorId).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(cancellationToken);

    private WidgetMessageView View(Guid connectionId, string visitorId, Message m, Dictionary<Guid, CustomerRating> ratings)
    {
        var deleted = m.DeletedAt is not null;
        var buttons = deleted || m.Buttons is null ? [] : JsonSerializer.Deserialize<List<WidgetButtonView>>(m.Buttons, Json) ?? [];
        return new WidgetMessageView(
            m.Kind == MessageKind.Client ? m.ExternalId ?? $"m{m.Id}" : OutgoingPrefix + m.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            m.Kind switch { MessageKind.Client => "visitor", MessageKind.Agent => "agent", _ => "bot" },
            deleted ? "" : m.Text,
            m.CreatedAt,
            m.EditedAt is not null,
            deleted,
            m.Delivery switch { DeliveryStatus.Read => "read", DeliveryStatus.Delivered => "delivered", DeliveryStatus.Failed => "failed", _ => "sent" },
            buttons,
            buttons.Count > 0 && ratings.TryGetValue(m.SessionId, out var rated) ? (rated == CustomerRating.Positive ? "positive" : "negative") : null,
            deleted ? [] : m.Attachments.Where(a => a.StoragePath is not null)
                .Select(a => new WidgetFileView(a.FileName, a.ContentType, a.Size, links.Create(connectionId, visitorId, a.Id), WidgetFiles.IsInlineImage(a.ContentType))).ToList());
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
}
