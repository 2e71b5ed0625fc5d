namespace OpenChannels.Portal.Conversations;

/// <summary>Groups of <see cref="ConversationStatus"/> that queries need.</summary>
public static class ConversationStatuses
{
    /// <summary>
    /// Every status but Closed. Queries name them (<c>IN</c>, or one read per status) rather than "not Closed", so that SQLite reads
    /// a range of the status indexes instead of every conversation of the channel.
    /// </summary>
    public static readonly ConversationStatus[] Open = [.. Enum.GetValues<ConversationStatus>().Where(s => s != ConversationStatus.Closed)];
}
