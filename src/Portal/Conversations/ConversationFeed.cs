using OpenChannels.Portal.Cluster;
using OpenChannels.Portal.Common;

namespace OpenChannels.Portal.Conversations;

/// <summary>Conversation changes for the live agent screens.</summary>
public sealed class ConversationFeed(ILogger<ConversationFeed> logger, IClusterBus bus) : LiveFeed<ConversationChange>(logger, bus, "conversations");
