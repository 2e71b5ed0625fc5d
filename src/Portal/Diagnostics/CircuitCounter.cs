namespace OpenChannels.Portal.Diagnostics;

/// <summary>How many Blazor circuits are open right now (one per open screen).</summary>
public sealed class CircuitCounter
{
    private int _open;

    public int Open => Volatile.Read(ref _open);

    public void Opened() => Interlocked.Increment(ref _open);

    public void Closed() => Interlocked.Decrement(ref _open);
}
