using OpenChannels.Portal.Conversations;

namespace OpenChannels.Portal.Ratings;

/// <summary>A session with its ratings, as the conversation sidebar and the API show it.</summary>
public sealed record SessionView(
    Guid Id,
    Guid ConversationId,
    int Number,
    DateTimeOffset StartedAt,
    DateTimeOffset? FirstResponseAt,
    DateTimeOffset? EndedAt,
    SessionEndReason? EndReason,
    string? AnsweredByUserId,
    CustomerRating? CustomerRating,
    SupervisorRating? SupervisorRating);
