namespace OpenChannels.Portal.InternalChats;

/// <summary>Something changed in a room (a message, a member): open screens reload it.</summary>
public sealed record InternalChatChange(Guid ChatId);
