namespace OpenChannels.Portal.Feed;

/// <summary>A comment under a feed post.</summary>
public sealed class FeedComment
{
    public long Id { get; set; }

    public Guid PostId { get; set; }

    public required string AuthorUserId { get; set; }

    public required string Text { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
