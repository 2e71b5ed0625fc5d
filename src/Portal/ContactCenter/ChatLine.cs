using OpenChannels.Portal.Conversations;

namespace OpenChannels.Portal.ContactCenter;

/// <summary>One row of the chat history: the message, the session it opens (for the separator) and the message it quotes.</summary>
public sealed record ChatLine(MessageView Message, SessionInfo? OpensSession, MessageView? Quoted);
