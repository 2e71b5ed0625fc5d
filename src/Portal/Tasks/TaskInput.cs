namespace OpenChannels.Portal.Tasks;

/// <summary>
/// Body of <c>POST|PUT /api/v1/tasks</c>. <see cref="MessageId"/> (on create) makes the task from that message: it links back to the
/// conversation and the message text becomes the description when none is given. The assignee defaults to the caller.
/// </summary>
public sealed record TaskInput(string? Title, string? Description = null, string? AssigneeUserId = null, DateTimeOffset? DueAt = null,
    TaskItemStatus? Status = null, long? MessageId = null);
