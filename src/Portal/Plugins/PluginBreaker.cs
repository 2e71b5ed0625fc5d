namespace OpenChannels.Portal.Plugins;

/// <summary>Counts failed or timed-out calls in a row; at the threshold it opens and stays open for this plugin version.</summary>
internal sealed class PluginBreaker(int threshold)
{
    private int _failuresInARow;

    public int Threshold => threshold;

    public bool IsOpen => Volatile.Read(ref _failuresInARow) >= threshold;

    /// <summary>Returns true for exactly one failure: the one that opens the breaker.</summary>
    public bool RecordFailure() => Interlocked.Increment(ref _failuresInARow) == threshold;

    public void RecordSuccess()
    {
        // Once open, a late success from a call that started earlier must not close it again.
        int current;
        while ((current = Volatile.Read(ref _failuresInARow)) is > 0 && current < threshold)
        {
            if (Interlocked.CompareExchange(ref _failuresInARow, 0, current) == current)
            {
                return;
            }
        }
    }
}
