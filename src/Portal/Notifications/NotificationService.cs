using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Data;
using OpenChannels.Portal.Identity;

namespace OpenChannels.Portal.Notifications;

/// <summary>Stores notices for employees and tells their open screens.</summary>
public sealed class NotificationService(IDbContextFactory<AppDbContext> factory, NotificationFeed feed, TimeProvider clock)
{
    public async Task NotifyAsync(IEnumerable<string> userIds, string key, string[] arguments, Guid? conversationId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var created = userIds.Distinct().Select(u => new Notification
        {
            Id = Guid.NewGuid(),
            UserId = u,
            Text = key,
            Arguments = JsonSerializer.Serialize(arguments),
            ConversationId = conversationId,
            CreatedAt = clock.GetUtcNow(),
        }).ToList();
        db.Notifications.AddRange(created);
        await db.SaveChangesAsync(cancellationToken);
        created.ForEach(feed.Publish);
    }

    public async Task<IReadOnlyList<Notification>> UnreadAsync(string userId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Notifications.AsNoTracking().Where(n => n.UserId == userId && n.ReadAt == null)
            .OrderByDescending(n => n.CreatedAt).Take(50).ToListAsync(cancellationToken);
    }

    public async Task MarkReadAsync(string userId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        await db.Notifications.Where(n => n.UserId == userId && n.ReadAt == null).ExecuteUpdateAsync(u => u.SetProperty(n => n.ReadAt, now), cancellationToken);
    }

    /// <summary>Supervisors and administrators, who hear about every channel's breaches.</summary>
    public static async Task<List<string>> SupervisorsAsync(AppDbContext db, CancellationToken cancellationToken) =>
        await (from ur in db.UserRoles
               join r in db.Roles on ur.RoleId equals r.Id
               join u in db.Users on ur.UserId equals u.Id
               where (r.Name == Roles.Supervisor || r.Name == Roles.Administrator) && !u.IsDisabled
               select ur.UserId).Distinct().ToListAsync(cancellationToken);
}
