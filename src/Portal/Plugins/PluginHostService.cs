using OpenChannels.Portal.Hosting;

namespace OpenChannels.Portal.Plugins;

/// <summary>
/// Loads every plugin at start, then watches <c>plugins/</c> by polling: a folder that changed is reloaded (and swapped in)
/// once it has stayed the same for <see cref="Quiet"/> (<see cref="PluginFolderSettle"/>), so a build or a copy in progress is
/// never loaded half-written. Polling rather than relying on FileSystemWatcher: on Linux a recursive watcher goes silent for good
/// once a watched plugin folder is moved out of the tree, which is exactly how an upgrade is installed (staged, then renamed into
/// place); polling also works on bind mounts and network volumes, where inotify events never arrive. A watcher on the top folder
/// alone (<see cref="PluginFolderWake"/>) only makes the poll come early when a folder is moved in, and the watcher checks again
/// exactly when a changing folder's quiet time is over rather than at the next poll.
/// </summary>
public sealed partial class PluginHostService(PluginRegistry registry, PortalOptions options, ILogger<PluginHostService> logger) : BackgroundService
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(500);

    /// <summary>How long a changed folder must stay unchanged before it is loaded.</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(500);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await registry.ScanAsync(stoppingToken);
        var settle = new PluginFolderSettle(Quiet);
        using var wake = new PluginFolderWake(options.PluginsDirectory);
        settle.Baseline(PluginFolderSignatures.Read(options.PluginsDirectory));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = settle.NextDue is { } due && due - clock.Elapsed < Poll ? due - clock.Elapsed : Poll;
            await wake.WaitAsync(wait > TimeSpan.Zero ? wait : TimeSpan.Zero, stoppingToken);
            foreach (var (folder, signature) in settle.Observe(PluginFolderSignatures.Read(options.PluginsDirectory), clock.Elapsed))
            {
                if (await TryReloadAsync(folder, stoppingToken))
                {
                    settle.Loaded(folder, signature);
                }
                else
                {
                    settle.Retry(folder, clock.Elapsed);
                }
            }
        }
    }

    private async Task<bool> TryReloadAsync(string folder, CancellationToken stoppingToken)
    {
        try
        {
            await registry.LoadFolderAsync(folder, stoppingToken);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            LogReloadFailed(logger, folder, ex.Message);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reloading plugin folder {Folder} failed, will retry: {Error}")]
    private static partial void LogReloadFailed(ILogger logger, string folder, string error);
}
