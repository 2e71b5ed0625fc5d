namespace OpenChannels.Portal.Conversations;

/// <summary>
/// In-process publish/subscribe of conversation changes for the live agent screens (each circuit subscribes). A subscriber that
/// throws is logged and skipped, so one broken screen never stops the others or the caller.
/// </summary>
public sealed partial class ConversationFeed(ILogger<ConversationFeed> logger)
{
    private readonly Lock _gate = new();
    private Action<ConversationChange>[] _subscribers = [];

    public IDisposable Subscribe(Action<ConversationChange> subscriber)
    {
        lock (_gate)
        {
            _subscribers = [.. _subscribers, subscriber];
        }

        return new Subscription(this, subscriber);
    }

    public void Publish(ConversationChange change)
    {
        foreach (var subscriber in Volatile.Read(ref _subscribers))
        {
            try
            {
                subscriber(change);
            }
            catch (Exception ex)
            {
                LogSubscriberFailed(logger, ex, change.ConversationId);
            }
        }
    }

    private void Unsubscribe(Action<ConversationChange> subscriber)
    {
        lock (_gate)
        {
            _subscribers = _subscribers.Where(s => s != subscriber).ToArray();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A live screen failed to take the change of conversation {ConversationId}")]
    private static partial void LogSubscriberFailed(ILogger logger, Exception exception, Guid conversationId);

    private sealed class Subscription(ConversationFeed feed, Action<ConversationChange> subscriber) : IDisposable
    {
        public void Dispose() => feed.Unsubscribe(subscriber);
    }
}
