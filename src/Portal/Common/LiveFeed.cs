namespace OpenChannels.Portal.Common;

/// <summary>
/// In-process publish/subscribe for live screens (each Blazor circuit subscribes). A subscriber that throws is logged and skipped,
/// so one broken screen never stops the others or the publisher.
/// </summary>
public abstract partial class LiveFeed<T>(ILogger logger)
{
    private readonly Lock _gate = new();
    private Action<T>[] _subscribers = [];

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
        foreach (var subscriber in Volatile.Read(ref _subscribers))
        {
            try
            {
                subscriber(change);
            }
            catch (Exception ex)
            {
                LogSubscriberFailed(logger, ex, typeof(T).Name);
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
