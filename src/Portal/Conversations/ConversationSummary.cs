namespace OpenChannels.Portal.Conversations;

/// <summary>A conversation as lists and the API show it.</summary>
public sealed record ConversationSummary(
    Guid Id,
    Guid ChannelId,
    Guid ConnectionId,
    string ExternalChatId,
    Guid ClientId,
    string ClientName,
    string? ClientAvatarUrl,
    string? Title,
    ConversationStatus Status,
    string? AssignedUserId,
    DateTimeOffset LastMessageAt,
    string? LastMessagePreview,
    int UnreadCount,
    DateTimeOffset? PinnedUntil,
    Guid? CurrentSessionId);
