using OpenChannels.Portal.Common;

namespace OpenChannels.Portal.Notifications;

/// <summary>New notifications, by user, for the live bell.</summary>
public sealed class NotificationFeed(ILogger<NotificationFeed> logger) : LiveFeed<Notification>(logger);
