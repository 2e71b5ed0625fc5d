using OpenChannels.Portal.Common;

namespace OpenChannels.Portal.Conversations;

/// <summary>Conversation changes for the live agent screens.</summary>
public sealed class ConversationFeed(ILogger<ConversationFeed> logger) : LiveFeed<ConversationChange>(logger);
