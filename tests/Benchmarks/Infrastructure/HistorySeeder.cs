using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Conversations;

namespace OpenChannels.Benchmarks.Infrastructure;

/// <summary>Writes a long history into one conversation straight into the database: client and agent messages, a minute apart.</summary>
public static class HistorySeeder
{
    public static string Text(int number) => $"history #{number}";

    /// <returns>The conversation's id.</returns>
    public static async Task<Guid> SeedAsync(BenchPortal portal, Guid connection, int count)
    {
        Guid conversationId;
        Guid sessionId;
        await using (var db = portal.Db())
        {
            var conversation = await db.Conversations.SingleAsync(c => c.ConnectionId == connection);
            conversationId = conversation.Id;
            sessionId = conversation.CurrentSessionId!.Value;
        }

        var start = DateTimeOffset.UtcNow.AddMinutes(-count);
        const int batch = 5_000;
        for (var from = 0; from < count; from += batch)
        {
            await using var db = portal.Db();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = from; i < Math.Min(count, from + batch); i++)
            {
                var client = i % 2 == 0;
                db.Messages.Add(new Message
                {
                    ConversationId = conversationId,
                    SessionId = sessionId,
                    Kind = client ? MessageKind.Client : MessageKind.Agent,
                    ExternalId = $"seed-{i}",
                    Text = Text(i),
                    CreatedAt = start.AddMinutes(i),
                    Delivery = client ? DeliveryStatus.None : DeliveryStatus.Sent,
                });
            }

            await db.SaveChangesAsync();
        }

        await using (var db = portal.Db())
        {
            var conversation = await db.Conversations.SingleAsync(c => c.Id == conversationId);
            conversation.LastMessageAt = start.AddMinutes(count - 1);
            conversation.LastMessagePreview = Text(count - 1);
            conversation.Version++;
            await db.SaveChangesAsync();
        }

        return conversationId;
    }
}
