using OpenChannels.Portal.Common;

namespace OpenChannels.Portal.Widget;

/// <summary>Visitors' typing signals for the agents' open chats.</summary>
public sealed class VisitorTypingFeed(ILogger<VisitorTypingFeed> logger, OpenChannels.Portal.Cluster.IClusterBus bus) : LiveFeed<VisitorTyping>(logger, bus, "visitor-typing");
