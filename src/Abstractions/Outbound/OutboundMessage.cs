namespace OpenChannels.Abstractions.Outbound;

/// <summary>A message from an agent (or an automatic reply) to the client.</summary>
/// <param name="ChatId">The messenger's chat id.</param>
/// <param name="Text">Plain text; may be null when only files are sent.</param>
public sealed record OutboundMessage(string ChatId, string? Text)
{
    /// <summary>The portal's id of the message; the same on retries, so a plugin can make sends idempotent.</summary>
    public string LocalId { get; init; } = "";

    /// <summary>Files to send with the message.</summary>
    public IReadOnlyList<OutboundAttachment> Attachments { get; init; } = [];

    /// <summary>The messenger's id of a message to quote.</summary>
    public string? ReplyToMessageId { get; init; }

    /// <summary>Buttons, for example for ratings; each press comes back as <see cref="Inbound.RatingAnswered"/>.</summary>
    public IReadOnlyList<OutboundButton> Buttons { get; init; } = [];

    /// <summary>The client's id, for messengers that address users rather than chats.</summary>
    public string? UserId { get; init; }
}
