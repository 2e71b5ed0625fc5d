namespace OpenChannels.Portal.Conversations;

/// <summary>The Contact Center's lists.</summary>
public enum ConversationBox
{
    /// <summary>Waiting for an answer, offered to me (assigned to me, or to everyone).</summary>
    Unanswered,

    /// <summary>Open conversations I hold or was invited into.</summary>
    Mine,

    /// <summary>Every open conversation of the channels I see (supervisors).</summary>
    All,
}
