namespace OpenChannels.Abstractions.Inbound;

/// <summary>A message the client sent. Stored once per (connection, <paramref name="MessageId"/>).</summary>
/// <param name="ChatId">The messenger's chat id.</param>
/// <param name="User">The sender.</param>
/// <param name="MessageId">The messenger's message id, unique within the connection.</param>
/// <param name="Date">When the messenger says the message was sent.</param>
/// <param name="Text">Plain text or caption; null for a bare file.</param>
public sealed record InboundMessage(string ChatId, ExternalUser User, string MessageId, DateTimeOffset Date, string? Text) : ConnectorEvent(ChatId)
{
    /// <summary>Files that came with the message.</summary>
    public IReadOnlyList<InboundAttachment> Attachments { get; init; } = [];

    /// <summary>The messenger's id of the message this one replies to.</summary>
    public string? ReplyToMessageId { get; init; }

    /// <summary>A link shown with the message, for example the story a client replied to.</summary>
    public string? ContextUrl { get; init; }

    /// <summary>Set when the message is an echo of the business's own message sent from outside the portal.</summary>
    public bool FromBusiness { get; init; }
}
