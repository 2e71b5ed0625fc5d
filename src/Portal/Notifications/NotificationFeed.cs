using OpenChannels.Portal.Cluster;
using OpenChannels.Portal.Common;

namespace OpenChannels.Portal.Notifications;

/// <summary>New notifications, by user, for the live bell.</summary>
public sealed class NotificationFeed(ILogger<NotificationFeed> logger, IClusterBus bus) : LiveFeed<Notification>(logger, bus, "notifications");
