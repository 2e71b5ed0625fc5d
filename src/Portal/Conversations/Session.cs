namespace OpenChannels.Portal.Conversations;

/// <summary>One stretch of a conversation, from a client's first message to its close.</summary>
public sealed class Session
{
    public Guid Id { get; set; }

    public Guid ConversationId { get; set; }

    /// <summary>1 for the conversation's first session, then 2, 3...</summary>
    public int Number { get; set; }

    public Guid ChannelId { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset? AnsweredAt { get; set; }

    public string? AnsweredByUserId { get; set; }

    public DateTimeOffset? EndedAt { get; set; }

    public SessionEndReason? EndReason { get; set; }

    /// <summary>Set when the welcome (or off-hours) reply was queued, so a burst of messages gets one reply.</summary>
    public DateTimeOffset? AutoReplyAt { get; set; }

    /// <summary>When the first reply reached the client (an agent's message), for first-response time.</summary>
    public DateTimeOffset? FirstResponseAt { get; set; }

    /// <summary>When the client was asked to rate the session (at close, on channels with rating on).</summary>
    public DateTimeOffset? RatingRequestedAt { get; set; }

    public CustomerRating? CustomerRating { get; set; }

    public DateTimeOffset? CustomerRatedAt { get; set; }

    /// <summary>Bumped on each (re)assignment; a skip timer only acts on the assignment it was set for.</summary>
    public int AssignmentNumber { get; set; }
}
