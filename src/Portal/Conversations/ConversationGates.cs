namespace OpenChannels.Portal.Conversations;

/// <summary>
/// Serializes work per conversation in this process with a fixed set of striped locks (memory stays bounded however many
/// conversations there are; two conversations sharing a stripe only wait for each other).
/// </summary>
public sealed class ConversationGates
{
    private readonly SemaphoreSlim[] _stripes = Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    public async Task<IDisposable> EnterAsync(Guid conversationId, CancellationToken cancellationToken)
    {
        var stripe = _stripes[(conversationId.GetHashCode() & int.MaxValue) % _stripes.Length];
        await stripe.WaitAsync(cancellationToken);
        return new Release(stripe);
    }

    private sealed class Release(SemaphoreSlim stripe) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0)
            {
                stripe.Release();
            }
        }
    }
}
