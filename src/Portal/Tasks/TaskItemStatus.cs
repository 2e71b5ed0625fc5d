namespace OpenChannels.Portal.Tasks;

/// <summary>Where a task stands.</summary>
public enum TaskItemStatus
{
    Open,
    InProgress,
    Done,
}
