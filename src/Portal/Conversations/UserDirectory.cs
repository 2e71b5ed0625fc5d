using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Data;

namespace OpenChannels.Portal.Conversations;

/// <summary>Employee names and availability, as the workflow needs them.</summary>
public static class UserDirectory
{
    public static async Task<string> NameAsync(AppDbContext db, string? userId, CancellationToken cancellationToken) =>
        userId is null ? "" : await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken) ?? userId;

    /// <summary>Enabled, not locked-out accounts among <paramref name="userIds"/>.</summary>
    public static async Task<HashSet<string>> AvailableAsync(AppDbContext db, IEnumerable<string> userIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ids = userIds.ToList();
        var users = await db.Users.Where(u => ids.Contains(u.Id) && !u.IsDisabled).Select(u => new { u.Id, u.LockoutEnd }).ToListAsync(cancellationToken);
        return users.Where(u => u.LockoutEnd is null || u.LockoutEnd <= now).Select(u => u.Id).ToHashSet();
    }

    /// <summary>Open conversations each agent holds in a channel (a range read of the open ones: closed ones pile up over the years).</summary>
    public static async Task<Dictionary<string, int>> LoadAsync(AppDbContext db, Guid channelId, CancellationToken cancellationToken) =>
        await db.Conversations.Where(c => c.ChannelId == channelId && ConversationStatuses.Open.Contains(c.Status) && c.AssignedUserId != null)
            .GroupBy(c => c.AssignedUserId!).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
}
