namespace OpenChannels.Portal.InternalChats;

/// <summary>A message of a room as the screen and the API show it.</summary>
public sealed record InternalChatMessageView(long Id, string AuthorUserId, string AuthorName, string Text, DateTimeOffset CreatedAt,
    string? QuotedText, string? QuotedAuthor, Guid? QuotedConversationId);
