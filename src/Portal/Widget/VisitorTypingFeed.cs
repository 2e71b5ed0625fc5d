using OpenChannels.Portal.Common;

namespace OpenChannels.Portal.Widget;

/// <summary>Visitors' typing signals for the agents' open chats.</summary>
public sealed class VisitorTypingFeed(ILogger<VisitorTypingFeed> logger) : LiveFeed<VisitorTyping>(logger);
