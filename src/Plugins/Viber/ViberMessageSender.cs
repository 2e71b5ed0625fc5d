using OpenChannels.Abstractions.Hosting;
using OpenChannels.Abstractions.Outbound;

namespace OpenChannels.Plugins.Viber;

/// <summary>
/// Sends the parts of one outbound message in order. When a later part must be retried, the parts already delivered
/// are remembered under the message's LocalId, so the host's retry does not send them twice.
/// </summary>
internal static class ViberMessageSender
{
    public static async ValueTask<SendResult> SendAsync(ConnectionContext connection, OutboundMessage message, CancellationToken cancellationToken)
    {
        var settings = ViberSettings.From(connection);
        var plan = ViberPayloadBuilder.Build(message, settings);
        if (plan.Error is { } error)
        {
            return SendResult.Failed(error);
        }

        var api = new ViberApiClient(connection.Http.CreateClient(), settings);
        var store = connection.Store;
        var track = plan.Parts.Count > 1 && message.LocalId.Length > 0;
        string? lastToken = null;
        for (var i = 0; i < plan.Parts.Count; i++)
        {
            var key = $"viber:sent:{message.LocalId}:{i}";
            if (track && await store.GetAsync(key, cancellationToken).ConfigureAwait(false) is { } earlier)
            {
                lastToken = earlier;
                continue;
            }

            var reply = await api.SendMessageAsync(plan.Parts[i], cancellationToken).ConfigureAwait(false);
            var result = await ViberSendOutcome.FromAsync(reply, message.LocalId, store, cancellationToken).ConfigureAwait(false);
            if (result.Outcome != SendOutcome.Sent)
            {
                if (track && result.Outcome == SendOutcome.Failed)
                {
                    await ForgetAsync(store, message.LocalId, i, cancellationToken).ConfigureAwait(false);
                }

                return result;
            }

            lastToken = result.ExternalId;
            if (track)
            {
                await store.SetAsync(key, lastToken, cancellationToken).ConfigureAwait(false);
            }
        }

        if (track)
        {
            await ForgetAsync(store, message.LocalId, plan.Parts.Count, cancellationToken).ConfigureAwait(false);
        }

        // The last part's token: Viber delivers in order, so its receipts cover the earlier parts too.
        return SendResult.Sent(lastToken ?? message.LocalId);
    }

    private static async ValueTask ForgetAsync(IConnectorStore store, string localId, int count, CancellationToken cancellationToken)
    {
        for (var i = 0; i < count; i++)
        {
            await store.SetAsync($"viber:sent:{localId}:{i}", null, cancellationToken).ConfigureAwait(false);
        }
    }
}
