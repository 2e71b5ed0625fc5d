using OpenChannels.Abstractions.Hosting;

namespace OpenChannels.Abstractions.Polling;

/// <summary>
/// Optional: a connector that imports events by asking the platform, such as Facebook page comments.
/// The host calls it from a recurring job and stores the cursor only after the events are stored.
/// </summary>
public interface IPollingConnector
{
    /// <summary>Fetches events after <paramref name="cursor"/> (null on the first run).</summary>
    ValueTask<PollResult> PollAsync(ConnectionContext connection, string? cursor, CancellationToken cancellationToken);
}
