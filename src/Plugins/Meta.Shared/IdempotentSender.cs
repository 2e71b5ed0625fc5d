using OpenChannels.Abstractions.Hosting;
using OpenChannels.Abstractions.Outbound;

namespace OpenChannels.Plugins.Meta;

/// <summary>
/// Sends the parts of one message in order and remembers each sent part under the portal's LocalId, so that a retry after a
/// failure in the middle resends only what is missing instead of duplicating the text.
/// </summary>
internal static class IdempotentSender
{
    public static async ValueTask<SendResult> SendAsync(
        IConnectorStore store, string localId, IReadOnlyList<OutboundPart> parts,
        Func<OutboundPart, CancellationToken, Task<SendResult>> sendPart, CancellationToken cancellationToken)
    {
        string? firstId = null;
        for (var i = 0; i < parts.Count; i++)
        {
            var key = localId.Length == 0 ? null : $"sent:{localId}:{i}";
            var externalId = key is null ? null : await store.GetAsync(key, cancellationToken).ConfigureAwait(false);
            if (externalId is null)
            {
                var result = await sendPart(parts[i], cancellationToken).ConfigureAwait(false);
                if (result.Outcome != SendOutcome.Sent)
                {
                    return i == 0 ? result : result with { Reason = $"{result.Reason} (the first {i} of {parts.Count} parts were delivered)" };
                }

                externalId = result.ExternalId ?? "";
                if (key is not null)
                {
                    await store.SetAsync(key, externalId, cancellationToken).ConfigureAwait(false);
                }
            }

            firstId ??= externalId;
        }

        for (var i = 0; i < parts.Count && localId.Length > 0; i++)
        {
            await store.SetAsync($"sent:{localId}:{i}", null, cancellationToken).ConfigureAwait(false);
        }

        return SendResult.Sent(firstId ?? "");
    }
}
