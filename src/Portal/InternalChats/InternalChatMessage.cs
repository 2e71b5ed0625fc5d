namespace OpenChannels.Portal.InternalChats;

/// <summary>A line in an internal chat; a quoted client conversation message keeps its text, author and conversation.</summary>
public sealed class InternalChatMessage
{
    public long Id { get; set; }

    public Guid ChatId { get; set; }

    public required string AuthorUserId { get; set; }

    public required string Text { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string? QuotedText { get; set; }

    public string? QuotedAuthor { get; set; }

    public Guid? QuotedConversationId { get; set; }
}
