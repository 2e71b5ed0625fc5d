using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Abstractions.Manifest;
using OpenChannels.Abstractions.Outbound;
using OpenChannels.Portal.Conversations;
using OpenChannels.Portal.Data;
using OpenChannels.Portal.Plugins;

namespace OpenChannels.Portal.Ratings;

/// <summary>
/// Asks clients to rate a closed session (buttons where the connector has them, "reply 1 or 2" otherwise) and records the answer on
/// the session it was asked for. A second answer replaces the first.
/// </summary>
public sealed class CustomerRatingService(PluginRegistry registry, ClientTexts texts, ConversationFeed feed, TimeProvider clock)
{
    public const string LinePositive = "Line.RatedPositive";
    public const string LineNegative = "Line.RatedNegative";

    /// <summary>Adds the rating question to a session being closed; the caller saves and sends it.</summary>
    public async Task<Message?> AskAsync(AppDbContext db, Conversation conversation, Session session, CancellationToken cancellationToken)
    {
        var connector = await db.Connections.Where(c => c.Id == conversation.ConnectionId).Select(c => c.ConnectorId).FirstOrDefaultAsync(cancellationToken);
        if (connector is null)
        {
            return null;
        }

        var language = conversation.Client?.LanguageCode;
        var buttons = registry.Find(connector)?.Capabilities.Contains(ConnectorCapability.RatingButtons) == true;
        var text = texts.Get(buttons ? "Rating.Question" : "Rating.QuestionPlain", language);
        var message = Outgoing.Create(conversation, session.Id, MessageKind.Auto, text, null, clock.GetUtcNow());
        if (buttons)
        {
            message.Buttons = JsonSerializer.Serialize(new[]
            {
                new OutboundButton(texts.Get("Rating.Good", language), RatingPayload.Create(session.Id, CustomerRating.Positive)),
                new OutboundButton(texts.Get("Rating.Bad", language), RatingPayload.Create(session.Id, CustomerRating.Negative)),
            });
        }

        session.RatingRequestedAt = clock.GetUtcNow();
        db.Messages.Add(message);
        return message;
    }

    /// <summary>Records a rating on a session of the given conversation; false when the session is not that conversation's.</summary>
    public async Task<bool> RecordAsync(AppDbContext db, Conversation conversation, Guid sessionId, CustomerRating rating, CancellationToken cancellationToken)
    {
        var session = await db.Sessions.FirstOrDefaultAsync(s => s.Id == sessionId && s.ConversationId == conversation.Id, cancellationToken);
        if (session is null)
        {
            return false;
        }

        session.CustomerRating = rating;
        session.CustomerRatedAt = clock.GetUtcNow();
        db.Messages.Add(SystemLine.Create(conversation, session.Id, clock.GetUtcNow(), rating == CustomerRating.Positive ? LinePositive : LineNegative));
        conversation.Version++;
        await db.SaveChangesAsync(cancellationToken);
        feed.Publish(new ConversationChange(conversation.Id, conversation.ChannelId));
        return true;
    }
}
