namespace OpenChannels.Portal.Conversations;

/// <summary>One session of a conversation; <see cref="FirstMessageId"/> is where the history draws its separator.</summary>
public sealed record SessionInfo(
    Guid Id,
    int Number,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    SessionEndReason? EndReason,
    long? FirstMessageId);
