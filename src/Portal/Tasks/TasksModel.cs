using Microsoft.EntityFrameworkCore;

namespace OpenChannels.Portal.Tasks;

/// <summary>Database mapping of tasks.</summary>
public static class TasksModel
{
    public static IReadOnlyList<string> Tables { get; } = ["Tasks"];

    public static void Configure(ModelBuilder builder) => builder.Entity<TaskItem>(e =>
    {
        e.ToTable("Tasks");
        e.Property(t => t.Title).HasMaxLength(TaskService.MaxTitle);
        e.Property(t => t.Description).HasMaxLength(TaskService.MaxDescription);
        e.Property(t => t.AssigneeUserId).HasMaxLength(64);
        e.Property(t => t.CreatedByUserId).HasMaxLength(64);
        e.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
        e.HasIndex(t => new { t.AssigneeUserId, t.Status });
        e.HasIndex(t => t.CreatedByUserId);
        e.HasIndex(t => t.ConversationId);
    });
}
