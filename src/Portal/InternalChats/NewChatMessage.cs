namespace OpenChannels.Portal.InternalChats;

/// <summary>Body of <c>POST /api/v1/internal-chats/{id}/messages</c>: <c>{"text":"..."}</c>.</summary>
public sealed record NewChatMessage(string? Text);
