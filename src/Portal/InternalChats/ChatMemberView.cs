namespace OpenChannels.Portal.InternalChats;

/// <summary>A member of a room, by name.</summary>
public sealed record ChatMemberView(string UserId, string Name);
