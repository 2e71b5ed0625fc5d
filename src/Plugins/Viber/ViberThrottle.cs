using OpenChannels.Abstractions.Hosting;

namespace OpenChannels.Plugins.Viber;

/// <summary>
/// Backoff for status 12. Viber's limit is about 100 messages per hour to a client who has not replied, so a fixed short
/// delay would only burn retries: each consecutive refusal doubles the wait, up to ten minutes, until a send succeeds.
/// </summary>
internal static class ViberThrottle
{
    private const string Key = "viber:throttle-level";
    private static readonly TimeSpan First = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Max = TimeSpan.FromMinutes(10);

    public static async ValueTask<TimeSpan> NextDelayAsync(IConnectorStore store, CancellationToken cancellationToken)
    {
        var level = int.TryParse(await store.GetAsync(Key, cancellationToken).ConfigureAwait(false), out var stored) ? stored : 0;
        await store.SetAsync(Key, (level + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false);
        var seconds = First.TotalSeconds * Math.Pow(2, Math.Min(level, 20));
        return seconds >= Max.TotalSeconds ? Max : TimeSpan.FromSeconds(seconds);
    }

    public static async ValueTask ResetAsync(IConnectorStore store, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(Key, cancellationToken).ConfigureAwait(false) is not null)
        {
            await store.SetAsync(Key, null, cancellationToken).ConfigureAwait(false);
        }
    }
}
