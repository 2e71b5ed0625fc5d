using OpenChannels.Abstractions.Hosting;
using OpenChannels.Abstractions.Outbound;

namespace OpenChannels.Plugins.Viber;

/// <summary>Maps a send_message reply to the host's three outcomes.</summary>
internal static class ViberSendOutcome
{
    private static readonly TimeSpan TransientDelay = TimeSpan.FromSeconds(5);

    public static async ValueTask<SendResult> FromAsync(ViberApiReply reply, string fallbackId, IConnectorStore store, CancellationToken cancellationToken)
    {
        if (reply.TransientError is { } transient)
        {
            return SendResult.RetryLater(reply.RetryAfter ?? TransientDelay, transient);
        }

        if (reply.PermanentError is { } permanent)
        {
            return SendResult.Failed(permanent);
        }

        if (reply.Status == ViberStatus.TooManyRequests)
        {
            var delay = await ViberThrottle.NextDelayAsync(store, cancellationToken).ConfigureAwait(false);
            return SendResult.RetryLater(delay, ViberStatus.Describe(reply.Status, reply.StatusMessage));
        }

        if (reply.Status != ViberStatus.Ok)
        {
            return SendResult.Failed(ViberStatus.Describe(reply.Status, reply.StatusMessage));
        }

        await ViberThrottle.ResetAsync(store, cancellationToken).ConfigureAwait(false);
        return SendResult.Sent(reply.MessageToken ?? fallbackId);
    }
}
