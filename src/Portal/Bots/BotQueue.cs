using System.Threading.Channels;

namespace OpenChannels.Portal.Bots;

/// <summary>Conversations whose bot has a client message to look at, handled in the background by <see cref="BotWorker"/>.</summary>
public sealed class BotQueue
{
    private readonly Channel<Guid> _queue = Channel.CreateUnbounded<Guid>();

    public void Enqueue(Guid conversationId) => _queue.Writer.TryWrite(conversationId);

    public IAsyncEnumerable<Guid> ReadAllAsync(CancellationToken cancellationToken) => _queue.Reader.ReadAllAsync(cancellationToken);
}
