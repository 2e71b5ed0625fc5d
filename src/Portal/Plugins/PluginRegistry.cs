using System.Collections.Concurrent;
using System.Reflection;
using OpenChannels.Abstractions;
using OpenChannels.Portal.Hosting;

namespace OpenChannels.Portal.Plugins;

/// <summary>
/// Loads connector plugins from <see cref="PortalOptions.PluginsDirectory"/>, one collectible context per generation, and swaps
/// a new version in atomically: new calls get the new generation at once, calls in flight finish on the old one, which is then
/// unloaded and checked to be collected. Plugin files are copied to a shadow folder first, so a folder being overwritten never
/// breaks a loaded generation.
/// </summary>
public sealed partial class PluginRegistry(PortalOptions options, PluginStateStore state, TimeProvider clock, ILogger<PluginRegistry> logger) : IDisposable
{
    private readonly ConcurrentDictionary<string, PluginSlot> _slots = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly TaskCompletionSource _scanned = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private string CacheRoot => Path.Combine(options.DataDirectory, "plugin-cache");

    public IReadOnlyList<PluginInfo> List() => _slots.Values.Select(s => s.ToInfo()).OrderBy(p => p.Id, StringComparer.Ordinal).ToList();

    /// <summary>Completes when the first scan of the plugins folder is over, so start-up work can count on the plugins being loaded.</summary>
    public Task Scanned => _scanned.Task;

    public PluginInfo? Find(string id) => _slots.TryGetValue(id, out var slot) ? slot.ToInfo() : null;

    /// <summary>A weak handle on the live generation's load context, to check that a swapped-out version is collected.</summary>
    public WeakReference? CurrentContextReference(string id) => _slots.TryGetValue(id, out var slot) ? slot.Current?.ContextReference : null;

    /// <summary>A lease on the plugin's live generation, or null when it is not active.</summary>
    public PluginLease? TryAcquire(string id)
    {
        if (!_slots.TryGetValue(id, out var slot))
        {
            return null;
        }

        // A swap may retire the generation between the read and the acquire; the next read sees its successor.
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var generation = slot.Current;
            if (generation is null)
            {
                return null;
            }

            if (generation.TryAcquire())
            {
                return new PluginLease(generation);
            }
        }

        return null;
    }

    public async Task ScanAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (Directory.Exists(CacheRoot))
            {
                Directory.Delete(CacheRoot, recursive: true);
            }

            if (!Directory.Exists(options.PluginsDirectory))
            {
                return;
            }

            foreach (var folder in Directory.GetDirectories(options.PluginsDirectory))
            {
                await LoadFolderAsync(folder, cancellationToken);
            }
        }
        finally
        {
            _scanned.TrySetResult();
        }
    }

    /// <summary>Loads (or replaces) the plugin in <paramref name="folder"/>, and returns what became of it.</summary>
    public async Task<PluginInfo> LoadFolderAsync(string folder, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return LoadFolder(folder);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<bool> SetEnabledAsync(string id, bool enabled, CancellationToken cancellationToken)
    {
        if (!_slots.TryGetValue(id, out var slot))
        {
            return false;
        }

        await state.SetDisabledAsync(id, !enabled, cancellationToken);
        if (enabled)
        {
            await LoadFolderAsync(slot.Folder, cancellationToken);
        }
        else
        {
            await _gate.WaitAsync(cancellationToken);
            try
            {
                Retire(slot, PluginStatus.Disabled, "disabled by an administrator");
            }
            finally
            {
                _gate.Release();
            }
        }

        return true;
    }

    /// <summary>Unloads the plugin and deletes its folder.</summary>
    public async Task<bool> RemoveAsync(string id, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (!_slots.TryRemove(id, out var slot))
            {
                return false;
            }

            Retire(slot, PluginStatus.Disabled, "removed");
            if (Directory.Exists(slot.Folder))
            {
                Directory.Delete(slot.Folder, recursive: true);
            }

            return true;
        }
        finally
        {
            _gate.Release();
        }
    }

    private PluginInfo LoadFolder(string folder)
    {
        var (manifest, error) = PluginManifestReader.Read(folder);
        var id = manifest?.Id ?? Path.GetFileName(folder);
        var slot = _slots.GetOrAdd(id, _ => new PluginSlot(id, folder));
        slot.Folder = folder;
        slot.Manifest = manifest ?? slot.Manifest;
        if (error is not null || manifest is null)
        {
            return Refuse(slot, PluginStatus.NotSupported, error ?? "no manifest");
        }

        if (state.IsDisabled(id))
        {
            Retire(slot, PluginStatus.Disabled, "disabled by an administrator");
            return slot.ToInfo();
        }

        var shadow = Path.Combine(CacheRoot, id, Guid.NewGuid().ToString("N"));
        CopyFolder(folder, shadow);
        var main = Path.Combine(shadow, manifest.Assembly);
        var referenced = PluginAssemblyInspector.ReferencedAbstractions(main);
        var abiError = referenced is null
            ? "the assembly does not reference OpenChannels.Abstractions"
            : AbiCompatibility.Check(referenced, "built against");
        if (abiError is not null)
        {
            Directory.Delete(shadow, recursive: true);
            return Refuse(slot, PluginStatus.NotSupported, abiError);
        }

        var context = new PluginLoadContext(main, $"plugin:{id}:{manifest.Version}");
        try
        {
            var assembly = context.LoadFromAssemblyPath(main);
            var types = assembly.GetTypes(); // eager: a missing dependency fails here, not on the first webhook
            var connectorType = types.SingleOrDefault(t => typeof(IConnector).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
                ?? throw new InvalidOperationException($"{manifest.Assembly} has no single public IConnector implementation");
            var connector = (IConnector)Activator.CreateInstance(connectorType)!;
            var generation = new PluginGeneration(manifest, connector, context, shadow, clock.GetUtcNow());
            Swap(slot, generation);
            slot.Status = PluginStatus.Active;
            slot.Reason = null;

            LogLoaded(logger, id, manifest.Version);
            return slot.ToInfo();
        }
        catch (Exception ex) when (ex is ReflectionTypeLoadException or FileNotFoundException or FileLoadException or BadImageFormatException
                                      or InvalidOperationException or MissingMethodException or TargetInvocationException or TypeLoadException)
        {
            context.Unload();
            var reason = ex is ReflectionTypeLoadException rtle
                ? "a dependency is missing: " + string.Join("; ", rtle.LoaderExceptions.Select(e => e?.Message).Distinct())
                : ex.GetBaseException().Message;
            return Refuse(slot, PluginStatus.Faulted, reason);
        }
    }

    private PluginInfo Refuse(PluginSlot slot, PluginStatus status, string reason)
    {
        LogRefused(logger, slot.Id, status, reason);

        // A broken new version never replaces a working one.
        if (slot.Current is null)
        {
            slot.Status = status;
            slot.Reason = reason;
        }
        else
        {
            slot.Reason = $"the new version was refused ({reason}); the running version stays";
        }

        return slot.ToInfo();
    }

    private void Retire(PluginSlot slot, PluginStatus status, string reason)
    {
        Swap(slot, null);
        slot.Status = status;
        slot.Reason = reason;
    }

    /// <summary>Publishes <paramref name="next"/> (or nothing) and drains the previous generation.</summary>
    private void Swap(PluginSlot slot, PluginGeneration? next)
    {
        var previous = slot.Current;
        slot.Current = next;
        if (previous is not null)
        {
            previous.Retire();
            _ = WatchCollectionAsync(slot.Id, previous);
        }
    }

    /// <summary>Waits for a retired generation's context to be collected, and warns when something keeps it alive.</summary>
    private async Task WatchCollectionAsync(string id, PluginGeneration generation)
    {
        for (var i = 0; i < 50; i++)
        {
            if (generation.ActiveLeases <= 0)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                if (!generation.ContextReference.IsAlive)
                {
                    return;
                }
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), clock);
        }

        LogNotCollected(logger, id, generation.Manifest.Version);
    }

    public void Dispose() => _gate.Dispose();

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Plugin {PluginId} {Version} is active")]
    private static partial void LogLoaded(ILogger logger, string pluginId, string version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Plugin {PluginId} refused ({Status}): {Reason}")]
    private static partial void LogRefused(ILogger logger, string pluginId, PluginStatus status, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Plugin {PluginId} {Version} was unloaded but its load context was not collected; something still references it")]
    private static partial void LogNotCollected(ILogger logger, string pluginId, string version);
}
