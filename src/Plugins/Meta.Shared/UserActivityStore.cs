using System.Globalization;
using OpenChannels.Abstractions.Hosting;

namespace OpenChannels.Plugins.Meta;

/// <summary>Keeps, per client, when they last wrote: Meta's reply window is measured from that moment.</summary>
internal static class UserActivityStore
{
    public static async ValueTask RecordAsync(IConnectorStore store, IReadOnlyDictionary<string, DateTimeOffset> activity, CancellationToken cancellationToken)
    {
        foreach (var (userId, at) in activity)
        {
            var known = await LastAsync(store, userId, cancellationToken).ConfigureAwait(false);
            if (known is null || known < at)
            {
                await store.SetAsync(Key(userId), at.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public static async ValueTask<DateTimeOffset?> LastAsync(IConnectorStore store, string userId, CancellationToken cancellationToken)
    {
        var value = await store.GetAsync(Key(userId), cancellationToken).ConfigureAwait(false);
        return long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var ms) ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;
    }

    private static string Key(string userId) => "last-inbound:" + userId;
}
