using OpenChannels.Portal.Hosting;

namespace OpenChannels.Portal.Plugins;

/// <summary>
/// Loads every plugin at start, then watches <c>plugins/</c> by polling: a folder that changed is reloaded (and swapped in)
/// once it has stayed the same for a whole poll, so a build or a copy in progress is never loaded half-written.
/// Polling rather than FileSystemWatcher: on Linux a recursive watcher goes silent for good once a watched plugin folder is
/// moved out of the tree, which is exactly how an upgrade is installed (staged, then renamed into place); polling also works
/// on bind mounts and network volumes, where inotify events never arrive.
/// </summary>
public sealed partial class PluginHostService(PluginRegistry registry, PortalOptions options, ILogger<PluginHostService> logger) : BackgroundService
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(500);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await registry.ScanAsync(stoppingToken);
        var loaded = PluginFolderSignatures.Read(options.PluginsDirectory);
        var changing = new Dictionary<string, string>(StringComparer.Ordinal);
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(Poll, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            var now = PluginFolderSignatures.Read(options.PluginsDirectory);
            foreach (var (folder, signature) in now)
            {
                if (loaded.GetValueOrDefault(folder) == signature)
                {
                    changing.Remove(folder);
                }
                else if (changing.GetValueOrDefault(folder) != signature)
                {
                    changing[folder] = signature; // still changing: wait for a quiet poll
                }
                else if (await TryReloadAsync(folder, stoppingToken))
                {
                    loaded[folder] = signature;
                    changing.Remove(folder);
                }
            }

            // A folder that went away is forgotten, so that it loads again when it comes back.
            foreach (var gone in loaded.Keys.Where(f => !now.ContainsKey(f)).ToList())
            {
                loaded.Remove(gone);
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
