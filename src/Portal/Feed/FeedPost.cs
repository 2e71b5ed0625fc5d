namespace OpenChannels.Portal.Feed;

/// <summary>A post in the company feed, which every employee reads; it may quote a conversation's message.</summary>
public sealed class FeedPost
{
    public Guid Id { get; set; }

    public required string AuthorUserId { get; set; }

    public required string Text { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string? QuotedText { get; set; }

    public string? QuotedAuthor { get; set; }

    public Guid? QuotedConversationId { get; set; }
}
