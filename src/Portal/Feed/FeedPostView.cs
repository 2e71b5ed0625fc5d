namespace OpenChannels.Portal.Feed;

/// <summary>A post with its comments and likes, as the feed page and the API show it.</summary>
public sealed record FeedPostView(Guid Id, string AuthorUserId, string AuthorName, string Text, DateTimeOffset CreatedAt,
    string? QuotedText, string? QuotedAuthor, Guid? QuotedConversationId, int Likes, bool LikedByMe, bool CanDelete, IReadOnlyList<FeedCommentView> Comments);
