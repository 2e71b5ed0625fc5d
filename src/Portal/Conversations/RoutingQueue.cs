using System.Threading.Channels;

namespace OpenChannels.Portal.Conversations;

/// <summary>New sessions waiting to be routed. Webhooks only enqueue, so the messenger gets its 2xx as soon as the message is stored.</summary>
public sealed class RoutingQueue
{
    private readonly Channel<(Guid Conversation, Guid Session)> _queue = Channel.CreateUnbounded<(Guid, Guid)>(new UnboundedChannelOptions { SingleReader = true });

    public void Enqueue(Guid conversationId, Guid sessionId) => _queue.Writer.TryWrite((conversationId, sessionId));

    public IAsyncEnumerable<(Guid Conversation, Guid Session)> ReadAllAsync(CancellationToken cancellationToken) => _queue.Reader.ReadAllAsync(cancellationToken);
}
