namespace OpenChannels.Portal.Feed;

/// <summary>One employee likes one post (at most once).</summary>
public sealed class FeedLike
{
    public Guid PostId { get; set; }

    public required string UserId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
