using System.Text.Json;
using OpenChannels.Portal.Cluster;

namespace OpenChannels.Portal.Common;

/// <summary>
/// Publish/subscribe for live screens (each Blazor circuit subscribes). A change is handed to this node's screens at once and
/// sent over the cluster bus on <paramref name="topic"/>, so that screens on every other node hear it too (on SQLite there are
/// none). A subscriber that throws is logged and skipped, so one broken screen never stops the others or the publisher.
/// </summary>
public abstract partial class LiveFeed<T>
{
    private readonly Lock _gate = new();
    private readonly ILogger _logger;
    private readonly IClusterBus _bus;
    private readonly string _topic;
    private Action<T>[] _subscribers = [];

    protected LiveFeed(ILogger logger, IClusterBus bus, string topic)
    {
        _logger = logger;
        _bus = bus;
        _topic = topic;
        bus.Subscribe(topic, FromOtherNode);
    }

    public IDisposable Subscribe(Action<T> subscriber)
    {
        lock (_gate)
        {
            _subscribers = [.. _subscribers, subscriber];
        }

        return new Subscription(this, subscriber);
    }

    public void Publish(T change)
    {
        Deliver(change);
        _bus.Publish(_topic, JsonSerializer.Serialize(change));
    }

    private void FromOtherNode(string payload)
    {
        if (JsonSerializer.Deserialize<T>(payload) is { } change)
        {
            Deliver(change);
        }
    }

    private void Deliver(T change)
    {
        foreach (var subscriber in Volatile.Read(ref _subscribers))
        {
            try
            {
                subscriber(change);
            }
            catch (Exception ex)
            {
                LogSubscriberFailed(_logger, ex, typeof(T).Name);
            }
        }
    }

    private void Unsubscribe(Action<T> subscriber)
    {
        lock (_gate)
        {
            _subscribers = _subscribers.Where(s => s != subscriber).ToArray();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A live screen failed to take a {Change}")]
    private static partial void LogSubscriberFailed(ILogger logger, Exception exception, string change);

    private sealed class Subscription(LiveFeed<T> feed, Action<T> subscriber) : IDisposable
    {
        public void Dispose() => feed.Unsubscribe(subscriber);
    }
}
