namespace OpenChannels.Portal.Conversations;

/// <summary>A colleague invited into a conversation, who sees it (from <see cref="VisibleFrom"/> on) and may write in it.</summary>
public sealed class Participant
{
    public Guid ConversationId { get; set; }

    public required string UserId { get; set; }

    /// <summary>Null when the whole history is visible; else only messages from this moment.</summary>
    public DateTimeOffset? VisibleFrom { get; set; }

    public DateTimeOffset InvitedAt { get; set; }
}
