namespace OpenChannels.Portal.Conversations;

/// <summary>Where the current session of a conversation stands.</summary>
public enum ConversationStatus
{
    /// <summary>Waiting for an agent to answer.</summary>
    Unanswered,

    /// <summary>An agent has answered and holds it.</summary>
    Active,

    /// <summary>The last session is over; the next client message opens a new one.</summary>
    Closed,
}
