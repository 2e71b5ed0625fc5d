namespace OpenChannels.Portal.Conversations;

/// <summary>Something happened to a conversation; live screens re-read what they show of it.</summary>
/// <param name="ConversationId">The conversation.</param>
/// <param name="ChannelId">Its channel, so screens can ignore channels they do not show.</param>
/// <param name="NewMessageId">Set when a message was added.</param>
/// <param name="IsNewSession">True when a client opened a new session (notification and sound).</param>
public sealed record ConversationChange(Guid ConversationId, Guid ChannelId, long? NewMessageId = null, bool IsNewSession = false);
