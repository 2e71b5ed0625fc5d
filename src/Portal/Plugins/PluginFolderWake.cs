namespace OpenChannels.Portal.Plugins;

/// <summary>
/// Wakes the plugin watcher's poll early when an entry of <c>plugins/</c> itself is created, renamed or deleted (a folder moved into
/// place, the way an upgrade is installed), so the change is seen at once instead of at the next poll. Only a hint: it watches the
/// top folder alone (a recursive watcher goes silent on Linux once a watched subfolder is moved away), events may be lost or never
/// arrive (network volumes), and the poll still finds every change; the settle rule decides when a folder is loaded.
/// </summary>
public sealed class PluginFolderWake : IDisposable
{
    private readonly SemaphoreSlim _signal = new(0, 1);
    private readonly FileSystemWatcher? _watcher;

    public PluginFolderWake(string pluginsDirectory)
    {
        if (!Directory.Exists(pluginsDirectory))
        {
            return;
        }

        try
        {
            _watcher = new FileSystemWatcher(pluginsDirectory)
            {
                IncludeSubdirectories = false,
                NotifyFilter = NotifyFilters.DirectoryName | NotifyFilters.FileName | NotifyFilters.LastWrite,
            };
            _watcher.Created += (_, _) => Signal();
            _watcher.Deleted += (_, _) => Signal();
            _watcher.Renamed += (_, _) => Signal();
            _watcher.Changed += (_, _) => Signal();
            _watcher.EnableRaisingEvents = true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or PlatformNotSupportedException or ArgumentException)
        {
            // No notifications here (inotify limit reached, say): polling alone still sees every change.
            _watcher?.Dispose();
            _watcher = null;
        }
    }

    /// <summary>Whether notifications arrive at all; without them the watcher only polls.</summary>
    public bool Watching => _watcher is not null;

    /// <summary>Waits for <paramref name="timeout"/>, or less when something in the folder changed meanwhile.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            await _signal.WaitAsync(timeout, cancellationToken);
        }
        catch (OperationCanceledException)
        {
        }
    }

    private void Signal()
    {
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: the next read sees this change too.
        }
        catch (ObjectDisposedException)
        {
            // An event raised while the portal stops: nobody waits any more (an exception here would end the process).
        }
    }

    public void Dispose()
    {
        _watcher?.Dispose();
        _signal.Dispose();
    }
}
