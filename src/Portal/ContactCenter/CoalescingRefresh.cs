namespace OpenChannels.Portal.ContactCenter;

/// <summary>
/// Turns a stream of change signals into few re-queries: one runs at a time, a short delay gathers a burst into one run, and a
/// signal that arrives while a run is under way causes exactly one more run after it. Signals come from any thread.
/// </summary>
public sealed class CoalescingRefresh(Func<Task> refresh, TimeSpan delay) : IDisposable
{
    private readonly Lock _gate = new();
    private bool _running;
    private bool _pending;
    private bool _disposed;

    public void Signal()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            if (_running)
            {
                _pending = true;
                return;
            }

            _running = true;
        }

        _ = RunAsync();
    }

    private async Task RunAsync()
    {
        while (true)
        {
            await Task.Delay(delay);
            try
            {
                await refresh();
            }
            catch (Exception)
            {
                // The refresh reports its own failures; a failed run must not stop the next signal from running again.
            }

            lock (_gate)
            {
                if (!_pending || _disposed)
                {
                    _running = false;
                    return;
                }

                _pending = false;
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
        }
    }
}
