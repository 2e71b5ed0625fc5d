using OpenChannels.Portal.Common;

namespace OpenChannels.Portal.InternalChats;

/// <summary>Room changes for the live internal chat screens.</summary>
public sealed class InternalChatFeed(ILogger<InternalChatFeed> logger, OpenChannels.Portal.Cluster.IClusterBus bus) : LiveFeed<InternalChatChange>(logger, bus, "internal-chats");
