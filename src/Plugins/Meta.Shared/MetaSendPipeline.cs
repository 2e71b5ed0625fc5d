using OpenChannels.Abstractions.Hosting;
using OpenChannels.Abstractions.Outbound;

namespace OpenChannels.Plugins.Meta;

/// <summary>The outbound template both Meta connectors follow: check the reply window, split the message, send each part once.</summary>
internal static class MetaSendPipeline
{
    public static async ValueTask<SendResult> SendAsync(
        ConnectionContext connection, OutboundMessage message, string platformName, int maxChars, int maxUtf8Bytes,
        Func<WindowDecision, OutboundPart, CancellationToken, Task<SendResult>> sendPart, CancellationToken cancellationToken)
    {
        var lastClientMessage = await UserActivityStore.LastAsync(connection.Store, message.ChatId, cancellationToken).ConfigureAwait(false);
        var window = MessagingWindow.Decide(lastClientMessage, connection.Clock.GetUtcNow(), platformName);
        if (window.Refusal is { } refusal)
        {
            return SendResult.Failed(refusal);
        }

        var parts = OutboundPlanner.Plan(message, maxChars, maxUtf8Bytes);
        if (parts.Count == 0)
        {
            return SendResult.Failed("The message has neither text nor files");
        }

        return await IdempotentSender.SendAsync(connection.Store, message.LocalId, parts, (part, ct) => sendPart(window, part, ct), cancellationToken)
            .ConfigureAwait(false);
    }
}
