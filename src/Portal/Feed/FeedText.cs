namespace OpenChannels.Portal.Feed;

/// <summary>Body of feed posts and comments: <c>{"text":"..."}</c>.</summary>
public sealed record FeedText(string? Text);
