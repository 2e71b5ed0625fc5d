namespace OpenChannels.Portal.InternalChats;

/// <summary>Body of <c>POST /api/v1/internal-chats/{id}/members</c>: <c>{"userIds":["..."]}</c>.</summary>
public sealed record ChatMembersInput(IReadOnlyList<string>? UserIds);
