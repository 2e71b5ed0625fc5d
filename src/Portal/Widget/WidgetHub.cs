using System.Threading.Channels;

namespace OpenChannels.Portal.Widget;

/// <summary>
/// The visitors' open live connections on this node, per (connection, visitor). Pushes never block: each stream buffers a little,
/// and a stream that falls that far behind loses its oldest events (the widget re-reads the history when it reconnects).
/// </summary>
public sealed class WidgetHub(WidgetOptions options)
{
    private const int Buffer = 64;
    private readonly Lock _gate = new();
    private readonly Dictionary<(Guid Connection, string Visitor), List<Channel<string>>> _streams = [];

    /// <summary>Opens a stream, or returns null when the visitor already holds as many as allowed.</summary>
    public WidgetStream? Open(Guid connectionId, string visitorId)
    {
        var channel = Channel.CreateBounded<string>(new BoundedChannelOptions(Buffer) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        lock (_gate)
        {
            var key = (connectionId, visitorId);
            if (!_streams.TryGetValue(key, out var list))
            {
                _streams[key] = list = [];
            }

            if (list.Count >= options.StreamsPerVisitor)
            {
                return null;
            }

            list.Add(channel);
        }

        return new WidgetStream(channel.Reader, () => Close(connectionId, visitorId, channel));
    }

    /// <returns>How many open streams took the event.</returns>
    public int Publish(Guid connectionId, string visitorId, string eventJson)
    {
        Channel<string>[] targets;
        lock (_gate)
        {
            targets = _streams.TryGetValue((connectionId, visitorId), out var list) ? [.. list] : [];
        }

        return targets.Count(c => c.Writer.TryWrite(eventJson));
    }

    private void Close(Guid connectionId, string visitorId, Channel<string> channel)
    {
        channel.Writer.TryComplete();
        lock (_gate)
        {
            var key = (connectionId, visitorId);
            if (_streams.TryGetValue(key, out var list) && list.Remove(channel) && list.Count == 0)
            {
                _streams.Remove(key);
            }
        }
    }
}
