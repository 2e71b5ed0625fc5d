namespace OpenChannels.Portal.Conversations;

/// <summary>
/// Everything said with one client in one messenger chat, across sessions: unique per (connection, external chat id).
/// <see cref="Version"/> is a concurrency token, so two agents (or an agent and a job) never both win a race.
/// </summary>
public sealed class Conversation
{
    public Guid Id { get; set; }

    public Guid ChannelId { get; set; }

    public Guid ConnectionId { get; set; }

    public Guid ClientId { get; set; }

    public required string ExternalChatId { get; set; }

    public string? Title { get; set; }

    public ConversationStatus Status { get; set; }

    public Guid? CurrentSessionId { get; set; }

    public string? AssignedUserId { get; set; }

    /// <summary>Protected from inactivity auto-close until then.</summary>
    public DateTimeOffset? PinnedUntil { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset LastMessageAt { get; set; }

    public string? LastMessagePreview { get; set; }

    /// <summary>Client messages since an employee last answered, for the unread badge.</summary>
    public int UnreadCount { get; set; }

    public int Version { get; set; }

    public Client? Client { get; set; }
}
