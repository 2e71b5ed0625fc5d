using System.Collections.Concurrent;

namespace OpenChannels.Portal.Conversations;

/// <summary>
/// One lock per channel, so sessions of the same channel are assigned one after the other (the round robin reads and moves the
/// channel's last assigned agent) while sessions of different channels, and the work around the assignment, run in parallel.
/// </summary>
public sealed class ChannelGate
{
    private readonly ConcurrentDictionary<Guid, SemaphoreSlim> _gates = new();

    public async Task<IDisposable> EnterAsync(Guid channelId, CancellationToken cancellationToken)
    {
        var gate = _gates.GetOrAdd(channelId, static _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        return new Release(gate);
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
