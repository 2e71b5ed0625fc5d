namespace OpenChannels.Portal.ContactCenter;

/// <summary>The entries of a message's menu.</summary>
public enum MessageCommand
{
    Quote,
    Edit,
    Delete,
    Retry,
    Split,
    SaveAsCanned,
    CreateTask,
    CreateEvent,
    DiscussInChat,
    DiscussInFeed,
}
