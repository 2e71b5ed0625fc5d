using System.Collections.Concurrent;
using Microsoft.Extensions.Logging.Abstractions;
using OpenChannels.Portal.Hosting;

namespace OpenChannels.Portal.Plugins;

/// <summary>
/// Loads connector plugins from <see cref="PortalOptions.PluginsDirectory"/>, one collectible context per generation, and swaps
/// a new version in atomically: new calls get the new generation at once, calls in flight finish on the old one, which is then
/// unloaded and checked to be collected. Plugin files are copied to a shadow folder first, so a folder being overwritten never
/// breaks a loaded generation.
/// </summary>
public sealed partial class PluginRegistry(
    PortalOptions options,
    PluginStateStore state,
    TimeProvider clock,
    ILogger<PluginRegistry> logger,
    PluginHostOptions? hostOptions = null,
    ILoggerFactory? loggerFactory = null,
    IPluginDistribution? distribution = null) : IDisposable
{
    private readonly IPluginDistribution _distribution = distribution ?? new LocalPluginDistribution();

    private readonly ConcurrentDictionary<string, PluginSlot> _slots = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly PluginLoader _loader = new(
        Path.Combine(options.DataDirectory, "plugin-cache"), hostOptions ?? new PluginHostOptions(), loggerFactory ?? NullLoggerFactory.Instance, clock);

    public PluginHostOptions HostOptions => _loader.Options;

    private readonly TaskCompletionSource _scanned = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private string CacheRoot => Path.Combine(options.DataDirectory, "plugin-cache");

    public IReadOnlyList<PluginInfo> List() => _slots.Values.Select(s => s.ToInfo()).OrderBy(p => p.Id, StringComparer.Ordinal).ToList();

    /// <summary>Completes when the first scan of the plugins folder is over, so start-up work can count on the plugins being loaded.</summary>
    public Task Scanned => _scanned.Task;

    public PluginInfo? Find(string id) => _slots.TryGetValue(id, out var slot) ? slot.ToInfo() : null;

    /// <summary>A weak handle on the live generation's load context, to check that a swapped-out version is collected.</summary>
    public WeakReference? CurrentContextReference(string id) => _slots.TryGetValue(id, out var slot) ? slot.Current?.ContextReference : null;

    /// <summary>A lease on the plugin's live generation, or null when it is not active or its breaker is open.</summary>
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
            if (generation is null || generation.Breaker.IsOpen)
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

            foreach (var folder in Directory.GetDirectories(options.PluginsDirectory).Where(f => !PluginFolders.IsIgnored(Path.GetFileName(f))))
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
            return await LoadFolderLockedAsync(folder, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Loads the plugin in <paramref name="folder"/> on the side, without routing anything to it, and unloads it again: the check
    /// a package passes before it is installed. Returns its id, or the reason it would be refused.
    /// </summary>
    public (string? Id, string? Error) Validate(string folder)
    {
        var (manifest, error) = PluginManifestReader.Read(folder);
        if (error is not null || manifest is null)
        {
            return (manifest?.Id, error ?? "no manifest");
        }

        var outcome = _loader.Load(folder, manifest, PluginFingerprint.Compute(folder));
        outcome.Generation?.Retire();
        return (manifest.Id, outcome.Reason);
    }

    /// <summary>Disables, or enables again. Enabling also clears a breaker trip: the administrator says "try again".</summary>
    public async Task<bool> SetEnabledAsync(string id, bool enabled, CancellationToken cancellationToken)
    {
        if (!_slots.TryGetValue(id, out var slot))
        {
            return false;
        }

        await state.SetDisabledAsync(id, !enabled, cancellationToken);
        await _distribution.EnabledChangedAsync(id, enabled, cancellationToken);
        if (enabled)
        {
            await state.SetTripAsync(id, null, cancellationToken);
            await LoadFolderAsync(slot.Folder, cancellationToken);
            return true;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            Retire(slot, PluginStatus.Disabled, "disabled by an administrator");
        }
        finally
        {
            _gate.Release();
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

            await state.ForgetAsync(id, cancellationToken);
            await _distribution.RemovedAsync(id, cancellationToken);
            return true;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<PluginInfo> LoadFolderLockedAsync(string folder, CancellationToken cancellationToken)
    {
        var (manifest, error) = PluginManifestReader.Read(folder);
        var id = manifest?.Id ?? Path.GetFileName(folder);
        var slot = _slots.GetOrAdd(id, _ => new PluginSlot(id, folder, state.LastError(id)));
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

        var fingerprint = PluginFingerprint.Compute(folder);
        if (slot.Current is { } current && current.Fingerprint == fingerprint)
        {
            return slot.ToInfo(); // the same files again (a touch, or the watcher after an upload): nothing to swap
        }

        if (state.Trip(id) is { } trip && trip.Fingerprint == fingerprint)
        {
            Retire(slot, PluginStatus.Faulted, trip.Reason);
            return slot.ToInfo();
        }

        var outcome = _loader.Load(folder, manifest, fingerprint);
        if (outcome.Generation is null)
        {
            return Refuse(slot, outcome.Status, outcome.Reason!);
        }

        Swap(slot, outcome.Generation);
        slot.Status = PluginStatus.Active;
        slot.Reason = null;
        if (state.Trip(id) is not null)
        {
            await state.SetTripAsync(id, null, cancellationToken); // a new build gets a fresh breaker
        }

        LogLoaded(logger, id, manifest.Version);
        return slot.ToInfo();
    }

    private PluginInfo Refuse(PluginSlot slot, PluginStatus status, string reason)
    {
        LogRefused(logger, slot.Id, status, reason);
        RecordError(slot, reason);

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

    private void RecordError(PluginSlot slot, string message)
    {
        var error = new PluginError(message, clock.GetUtcNow());
        slot.LastError = error;
        state.RecordError(slot.Id, error);
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
            _ = WatchCollectionAsync(slot.Id, previous.Manifest.Version, previous.Unloaded, previous.ContextReference, previous.Calls);
        }
    }

    public void Dispose() => _gate.Dispose();

    [LoggerMessage(Level = LogLevel.Information, Message = "Plugin {PluginId} {Version} is active")]
    private static partial void LogLoaded(ILogger logger, string pluginId, string version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Plugin {PluginId} refused ({Status}): {Reason}")]
    private static partial void LogRefused(ILogger logger, string pluginId, PluginStatus status, string reason);
}
