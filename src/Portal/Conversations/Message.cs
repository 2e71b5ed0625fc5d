namespace OpenChannels.Portal.Conversations;

/// <summary>
/// One line of a conversation. Messages that came from or went to the messenger carry its id, unique per conversation, which is
/// (connection, chat, message id): the key that makes storage exactly-once.
/// </summary>
public sealed class Message
{
    public long Id { get; set; }

    public Guid ConversationId { get; set; }

    public Guid SessionId { get; set; }

    public MessageKind Kind { get; set; }

    public string? ExternalId { get; set; }

    /// <summary>The employee who wrote it (agent and whisper messages).</summary>
    public string? AuthorUserId { get; set; }

    /// <summary>The text; for system lines, a resource key whose arguments are in <see cref="Arguments"/>.</summary>
    public required string Text { get; set; }

    /// <summary>System lines: JSON array of the localized line's arguments.</summary>
    public string? Arguments { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public long? ReplyToMessageId { get; set; }

    public DateTimeOffset? EditedAt { get; set; }

    public DateTimeOffset? DeletedAt { get; set; }

    /// <summary>True when an edit or delete could not be pushed to the messenger and was made here only.</summary>
    public bool ChangedLocallyOnly { get; set; }

    public DeliveryStatus Delivery { get; set; }

    public string? DeliveryError { get; set; }

    public int Attempts { get; set; }

    /// <summary>Reply buttons offered with the message (rating), as JSON of <c>[{"text","payload"}]</c>.</summary>
    public string? Buttons { get; set; }

    public List<MessageAttachment> Attachments { get; set; } = [];
}
