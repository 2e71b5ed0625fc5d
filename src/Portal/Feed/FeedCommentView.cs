namespace OpenChannels.Portal.Feed;

/// <summary>A comment as the feed shows it.</summary>
public sealed record FeedCommentView(long Id, string AuthorName, string Text, DateTimeOffset CreatedAt);
