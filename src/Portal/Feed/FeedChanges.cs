using OpenChannels.Portal.Common;

namespace OpenChannels.Portal.Feed;

/// <summary>A post was added, changed (comment, like) or removed: open feed screens reload.</summary>
public sealed class FeedChanges(ILogger<FeedChanges> logger, OpenChannels.Portal.Cluster.IClusterBus bus) : LiveFeed<Guid>(logger, bus, "feed");
