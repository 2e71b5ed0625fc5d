using System.Collections.Concurrent;
using OpenChannels.Portal.Hosting;

namespace OpenChannels.Portal.Plugins;

/// <summary>
/// Loads every plugin at start, then watches <c>plugins/</c>: a folder that changes is reloaded (and swapped in) once it has been
/// quiet for a moment, so a build or a copy in progress is never loaded half-written.
/// </summary>
public sealed partial class PluginHostService(PluginRegistry registry, PortalOptions options, ILogger<PluginHostService> logger) : BackgroundService
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(750);
    private readonly ConcurrentDictionary<string, DateTime> _pending = new(StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await registry.ScanAsync(stoppingToken);
        Directory.CreateDirectory(options.PluginsDirectory);
        using var watcher = new FileSystemWatcher(options.PluginsDirectory) { IncludeSubdirectories = true, EnableRaisingEvents = true };
        FileSystemEventHandler changed = (_, e) => Touch(e.FullPath);
        watcher.Created += changed;
        watcher.Changed += changed;
        watcher.Renamed += (_, e) =>
        {
            // A folder moved into place (how uploads and careful admins install) shows up as a rename.
            Touch(e.OldFullPath);
            Touch(e.FullPath);
        };
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(250), stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            foreach (var (folder, last) in _pending)
            {
                if (DateTime.UtcNow - last >= Quiet && _pending.TryRemove(new KeyValuePair<string, DateTime>(folder, last)) && Directory.Exists(folder))
                {
                    try
                    {
                        await registry.LoadFolderAsync(folder, stoppingToken);
                    }
                    catch (IOException ex)
                    {
                        LogReloadFailed(logger, folder, ex.Message);
                        _pending.TryAdd(folder, DateTime.UtcNow);
                    }
                }
            }
        }
    }

    private void Touch(string path)
    {
        // Only plugin folders count: a change anywhere below plugins/<id>/ reloads that plugin; files beside them are ignored.
        var parts = Path.GetRelativePath(options.PluginsDirectory, path).Split(Path.DirectorySeparatorChar);
        var folder = Path.Combine(options.PluginsDirectory, parts[0]);
        if (parts[0] is "." or ".." || PluginFolders.IsIgnored(parts[0]) || (parts.Length == 1 && !Directory.Exists(folder)))
        {
            return;
        }

        _pending[folder] = DateTime.UtcNow;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reloading plugin folder {Folder} failed, will retry: {Error}")]
    private static partial void LogReloadFailed(ILogger logger, string folder, string error);
}
