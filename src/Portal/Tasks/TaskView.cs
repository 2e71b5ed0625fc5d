namespace OpenChannels.Portal.Tasks;

/// <summary>A task as lists and the API show it.</summary>
public sealed record TaskView(
    Guid Id,
    string Title,
    string? Description,
    string AssigneeUserId,
    string AssigneeName,
    string CreatedByUserId,
    string CreatedByName,
    DateTimeOffset? DueAt,
    TaskItemStatus Status,
    Guid? ConversationId,
    long? MessageId,
    DateTimeOffset CreatedAt,
    DateTimeOffset? CompletedAt);
