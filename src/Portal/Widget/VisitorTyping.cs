namespace OpenChannels.Portal.Widget;

/// <summary>A visitor is typing in a conversation (sent at most every few seconds while they type).</summary>
public sealed record VisitorTyping(Guid ConversationId);
