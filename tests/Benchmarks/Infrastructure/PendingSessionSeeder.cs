using OpenChannels.Portal.Conversations;

namespace OpenChannels.Benchmarks.Infrastructure;

/// <summary>
/// Writes idle conversations straight into the database, each with an open, routed session whose auto-close falls due at the
/// given moment (the channel's auto-close minutes after its last message).
/// </summary>
public static class PendingSessionSeeder
{
    /// <param name="prefix">Keeps the external ids of separate calls apart.</param>
    /// <returns>Session id and due time of every seeded conversation, in the order of <paramref name="dueTimes"/>.</returns>
    public static async Task<List<(Guid Session, DateTimeOffset Due)>> SeedAsync(
        BenchPortal portal, Guid channel, Guid connection, TimeSpan autoClose, IReadOnlyList<DateTimeOffset> dueTimes, string prefix)
    {
        var seeded = new List<(Guid, DateTimeOffset)>(dueTimes.Count);
        const int batch = 5_000;
        for (var from = 0; from < dueTimes.Count; from += batch)
        {
            await using var db = portal.Db();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = from; i < Math.Min(dueTimes.Count, from + batch); i++)
            {
                var last = dueTimes[i] - autoClose;
                var client = new Client { Id = Guid.NewGuid(), ConnectionId = connection, ExternalUserId = $"{prefix}-{i}", Name = $"Idle client {prefix}-{i}", CreatedAt = last };
                var conversation = new Conversation
                {
                    Id = Guid.NewGuid(), ChannelId = channel, ConnectionId = connection, ClientId = client.Id, ExternalChatId = $"{prefix}-{i}",
                    Status = ConversationStatus.Unanswered, CreatedAt = last, LastMessageAt = last, LastMessagePreview = "waiting", UnreadCount = 1,
                };
                var session = new Session { Id = Guid.NewGuid(), ConversationId = conversation.Id, Number = 1, ChannelId = channel, StartedAt = last, AssignmentNumber = 1 };
                conversation.CurrentSessionId = session.Id;
                db.Clients.Add(client);
                db.Conversations.Add(conversation);
                db.Sessions.Add(session);
                seeded.Add((session.Id, dueTimes[i]));
            }

            await db.SaveChangesAsync();
        }

        return seeded;
    }
}
