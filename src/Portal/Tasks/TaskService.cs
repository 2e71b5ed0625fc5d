using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.AgentTools;
using OpenChannels.Portal.Channels;
using OpenChannels.Portal.Common;
using OpenChannels.Portal.Conversations;
using OpenChannels.Portal.Data;
using OpenChannels.Portal.Notifications;

namespace OpenChannels.Portal.Tasks;

/// <summary>
/// The built-in task list. A task is seen and changed by its assignee and its creator, and by supervisors and administrators;
/// only the creator (or a supervisor) deletes it. A task made from a message needs access to that message's conversation, and the
/// assignee hears about a task someone else gave them.
/// </summary>
public sealed class TaskService(IDbContextFactory<AppDbContext> factory, NotificationService notifications, TimeProvider clock)
{
    public const int MaxTitle = 200;
    public const int MaxDescription = 4000;

    public async Task<IReadOnlyList<TaskView>> ListAsync(Actor actor, bool everyone, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var all = everyone && actor.SeesAllChannels;
        var tasks = await db.Set<TaskItem>().AsNoTracking()
            .Where(t => all || t.AssigneeUserId == actor.UserId || t.CreatedByUserId == actor.UserId)
            .OrderBy(t => t.Status == TaskItemStatus.Done).ThenBy(t => t.DueAt == null).ThenBy(t => t.DueAt).ThenByDescending(t => t.CreatedAt)
            .Take(1000).ToListAsync(cancellationToken);
        return await ViewsAsync(db, tasks, cancellationToken);
    }

    public async Task<Outcome<TaskView>> GetAsync(Actor actor, Guid id, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var task = await FindAsync(db, actor, id, cancellationToken);
        return task is null ? Failure.NotFound("task not found") : (await ViewsAsync(db, [task], cancellationToken))[0];
    }

    public async Task<Outcome<TaskView>> CreateAsync(Actor actor, TaskInput input, CancellationToken cancellationToken)
    {
        if (actor.IsSystem)
        {
            return Failure.Forbidden("Only employees create tasks.");
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        MessageSource? source = null;
        if (input.MessageId is { } messageId && (source = await MessageSource.FindAsync(db, actor, messageId, cancellationToken)) is null)
        {
            return Failure.NotFound("message not found");
        }

        var now = clock.GetUtcNow();
        var task = new TaskItem
        {
            Id = Guid.NewGuid(),
            Title = "",
            AssigneeUserId = input.AssigneeUserId ?? actor.UserId!,
            CreatedByUserId = actor.UserId!,
            Description = string.IsNullOrWhiteSpace(input.Description) ? source?.Text : input.Description,
            ConversationId = source?.ConversationId,
            MessageId = source?.MessageId,
            CreatedAt = now,
        };
        if (await ApplyAsync(db, task, input, now, cancellationToken) is { } invalid)
        {
            return invalid;
        }

        db.Add(task);
        await db.SaveChangesAsync(cancellationToken);
        await NotifyAssigneeAsync(db, actor, task, cancellationToken);
        return (await ViewsAsync(db, [task], cancellationToken))[0];
    }

    public async Task<Outcome<TaskView>> UpdateAsync(Actor actor, Guid id, TaskInput input, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var task = await FindAsync(db, actor, id, cancellationToken);
        if (task is null)
        {
            return Failure.NotFound("task not found");
        }

        var previousAssignee = task.AssigneeUserId;
        task.AssigneeUserId = input.AssigneeUserId ?? task.AssigneeUserId;
        task.Description = input.Description ?? task.Description;
        if (await ApplyAsync(db, task, input with { Title = input.Title ?? task.Title }, clock.GetUtcNow(), cancellationToken) is { } invalid)
        {
            return invalid;
        }

        await db.SaveChangesAsync(cancellationToken);
        if (task.AssigneeUserId != previousAssignee)
        {
            await NotifyAssigneeAsync(db, actor, task, cancellationToken);
        }

        return (await ViewsAsync(db, [task], cancellationToken))[0];
    }

    public async Task<Outcome<Done>> DeleteAsync(Actor actor, Guid id, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var task = await FindAsync(db, actor, id, cancellationToken);
        if (task is null)
        {
            return Failure.NotFound("task not found");
        }

        if (task.CreatedByUserId != actor.UserId && !actor.SeesAllChannels)
        {
            return Failure.Forbidden("Only the task's creator, a supervisor or an administrator deletes it.");
        }

        db.Remove(task);
        await db.SaveChangesAsync(cancellationToken);
        return Done.Value;
    }

    private static Task<TaskItem?> FindAsync(AppDbContext db, Actor actor, Guid id, CancellationToken cancellationToken) =>
        db.Set<TaskItem>().FirstOrDefaultAsync(t => t.Id == id && (actor.SeesAllChannels || t.AssigneeUserId == actor.UserId || t.CreatedByUserId == actor.UserId), cancellationToken);

    /// <summary>Sets the checked fields; returns the refusal when one is invalid.</summary>
    private static async Task<Failure?> ApplyAsync(AppDbContext db, TaskItem task, TaskInput input, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var title = (input.Title ?? "").Trim();
        if (title.Length is 0 or > MaxTitle)
        {
            return Failure.Invalid($"A task needs a title, at most {MaxTitle} characters.");
        }

        if (task.Description is { Length: > MaxDescription })
        {
            return Failure.Invalid($"A task's description is at most {MaxDescription} characters.");
        }

        if (!await db.Users.AnyAsync(u => u.Id == task.AssigneeUserId && !u.IsDisabled, cancellationToken))
        {
            return Failure.Invalid("The assignee must be an active employee.");
        }

        if (input.Status is { } status && !Enum.IsDefined(status))
        {
            return Failure.Invalid("status must be Open, InProgress or Done.");
        }

        task.Title = title;
        task.DueAt = input.DueAt ?? task.DueAt;
        var next = input.Status ?? task.Status;
        task.CompletedAt = next == TaskItemStatus.Done ? task.CompletedAt ?? now : null;
        task.Status = next;
        task.UpdatedAt = now;
        return null;
    }

    private async Task NotifyAssigneeAsync(AppDbContext db, Actor actor, TaskItem task, CancellationToken cancellationToken)
    {
        if (task.AssigneeUserId != actor.UserId)
        {
            var by = await UserDirectory.NameAsync(db, actor.UserId, cancellationToken);
            await notifications.NotifyAsync([task.AssigneeUserId], "Tasks.Notification.Assigned", [by, Clip(task.Title)], task.ConversationId, cancellationToken);
        }
    }

    private static string Clip(string text) => text.Length > 60 ? text[..60] + "…" : text;

    private static async Task<List<TaskView>> ViewsAsync(AppDbContext db, IReadOnlyList<TaskItem> tasks, CancellationToken cancellationToken)
    {
        var ids = tasks.SelectMany(t => new[] { t.AssigneeUserId, t.CreatedByUserId }).Distinct().ToList();
        var names = await db.Users.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        return tasks.Select(t => new TaskView(t.Id, t.Title, t.Description, t.AssigneeUserId, names.GetValueOrDefault(t.AssigneeUserId) ?? t.AssigneeUserId,
            t.CreatedByUserId, names.GetValueOrDefault(t.CreatedByUserId) ?? t.CreatedByUserId, t.DueAt, t.Status, t.ConversationId, t.MessageId, t.CreatedAt, t.CompletedAt)).ToList();
    }
}
