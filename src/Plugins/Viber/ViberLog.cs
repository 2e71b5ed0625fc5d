using Microsoft.Extensions.Logging;

namespace OpenChannels.Plugins.Viber;

/// <summary>The plugin's log messages.</summary>
internal static partial class ViberLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Viber did not remove the webhook of connection {ConnectionId}: {Reason}")]
    public static partial void LogViberWebhookRemovalFailed(this ILogger logger, string connectionId, string reason);
}
