namespace OpenChannels.Portal.InternalChats;

/// <summary>A room as the list and the API show it.</summary>
public sealed record InternalChatSummary(Guid Id, string Title, bool IsPublic, bool IsMember, Guid? ConversationId, DateTimeOffset LastMessageAt, IReadOnlyList<ChatMemberView> Members);
