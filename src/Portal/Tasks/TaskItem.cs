namespace OpenChannels.Portal.Tasks;

/// <summary>A to-do for an employee, often made from a message, linking back to its conversation.</summary>
public sealed class TaskItem
{
    public Guid Id { get; set; }

    public required string Title { get; set; }

    public string? Description { get; set; }

    public required string AssigneeUserId { get; set; }

    public required string CreatedByUserId { get; set; }

    public DateTimeOffset? DueAt { get; set; }

    public TaskItemStatus Status { get; set; }

    /// <summary>The conversation the task came from, when it came from a message.</summary>
    public Guid? ConversationId { get; set; }

    public long? MessageId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }
}
