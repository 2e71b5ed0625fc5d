using OpenChannels.Portal.Conversations;

namespace OpenChannels.Portal.Ratings;

/// <summary>A session in the statistics page's list, where supervisors rate it.</summary>
public sealed record SessionRow(
    Guid Id,
    Guid ConversationId,
    string ClientName,
    string? AgentName,
    DateTimeOffset StartedAt,
    SessionEndReason? EndReason,
    CustomerRating? CustomerRating,
    SupervisorRating? SupervisorRating);
