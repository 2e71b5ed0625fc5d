namespace OpenChannels.Portal.InternalChats;

/// <summary>Body of <c>POST /api/v1/internal-chats</c>: <c>{"title":"Launch","isPublic":true,"memberIds":["..."]}</c>. The caller is always a member.</summary>
public sealed record InternalChatInput(string? Title, bool IsPublic = false, IReadOnlyList<string>? MemberIds = null);
