namespace OpenChannels.Portal.Conversations;

/// <summary>What storing one inbound message did, so the caller can route after answering the messenger.</summary>
public sealed record IngestedMessage(Guid ConversationId, Guid ChannelId, Guid SessionId, long MessageId, bool Duplicate, bool NewSession);
