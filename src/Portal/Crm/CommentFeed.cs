using OpenChannels.Portal.Common;

namespace OpenChannels.Portal.Crm;

/// <summary>Page comments that arrived or changed (new, edited, removed, replied, handled), for the live Comments view.</summary>
public sealed class CommentFeed(ILogger<CommentFeed> logger, OpenChannels.Portal.Cluster.IClusterBus bus) : LiveFeed<CommentChange>(logger, bus, "comments");
