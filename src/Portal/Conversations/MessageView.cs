namespace OpenChannels.Portal.Conversations;

/// <summary>A message as the chat screen and the API show it. System lines carry their resource key and arguments.</summary>
public sealed record MessageView(
    long Id,
    Guid SessionId,
    MessageKind Kind,
    string Text,
    IReadOnlyList<string> Arguments,
    string? AuthorUserId,
    DateTimeOffset CreatedAt,
    DateTimeOffset? EditedAt,
    DateTimeOffset? DeletedAt,
    bool ChangedLocallyOnly,
    DeliveryStatus Delivery,
    string? DeliveryError,
    long? ReplyToMessageId,
    string? ExternalId,
    IReadOnlyList<AttachmentView> Attachments);
