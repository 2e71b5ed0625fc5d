using System.Runtime.CompilerServices;
using OpenChannels.Abstractions;
using OpenChannels.Abstractions.Bots;
using OpenChannels.Abstractions.Manifest;

namespace OpenChannels.Portal.Plugins;

/// <summary>
/// One loaded version of a plugin. Callers hold a lease while they use the connector; a retired generation unloads its
/// context when the last lease is released (release-then-dispose-at-zero), so in-flight calls finish on the old code.
/// Unloading drops every strong reference the generation holds into the plugin (connector, services, context), so whatever
/// still holds the generation itself (a watcher, a log scope) cannot keep the plugin's code in memory.
/// </summary>
public sealed partial class PluginGeneration
{
    private readonly string _shadowFolder;
    private readonly ILogger _logger;
    private readonly TaskCompletionSource _unloaded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private PluginLoadContext? _context;
    private IConnector? _connector;
    private IBot? _bot;
    private ServiceProvider? _services;
    private int _leases = 1; // the registry's own reference, dropped by Retire()
    private int _unloading;
    private int _retired;

    internal PluginGeneration(PluginParts parts, PluginHostOptions options, DateTimeOffset loadedAt, ILogger logger)
    {
        Manifest = parts.Manifest;
        Fingerprint = parts.Fingerprint;
        _connector = parts.Connector;
        _bot = parts.Bot;
        _context = parts.Context;
        _services = parts.Services;
        _shadowFolder = parts.ShadowFolder;
        _logger = logger;
        LoadedAt = loadedAt;
        ContextReference = new WeakReference(parts.Context, trackResurrection: true);
        Calls = new PluginBulkhead(options.MaxConcurrentCalls);
        Breaker = new PluginBreaker(options.BreakerThreshold);
    }

    public ConnectorManifest Manifest { get; }

    public IConnector Connector => _connector ?? throw Missing(PluginFeature.Connector);

    /// <summary>The plugin's chatbot; only for a plugin whose manifest <c>provides</c> a bot.</summary>
    public IBot Bot => _bot ?? throw Missing(PluginFeature.Bot);

    /// <summary>The version's own services: <c>IConnectorHttp</c>, a plugin-named <c>ILogger</c>, the clock.</summary>
    public IServiceProvider Services => _services ?? throw new ObjectDisposedException(nameof(PluginGeneration), $"{Manifest.Id} {Manifest.Version} is unloaded");

    /// <summary>Hash of the files this version was loaded from (see <see cref="PluginFingerprint"/>).</summary>
    public string Fingerprint { get; }

    public DateTimeOffset LoadedAt { get; }

    /// <summary>Becomes dead once the unloaded context is collected; tests and the swap log read it.</summary>
    public WeakReference ContextReference { get; }

    /// <summary>Completes when the context has been unloaded (the last lease is gone).</summary>
    public Task Unloaded => _unloaded.Task;

    public int ActiveLeases => Volatile.Read(ref _leases) - (IsRetired ? 0 : 1);

    public bool IsRetired => Volatile.Read(ref _retired) == 1;

    internal PluginBulkhead Calls { get; }

    internal PluginBreaker Breaker { get; }

    /// <summary>Takes a lease, or returns false when the generation is already draining to zero.</summary>
    public bool TryAcquire()
    {
        while (true)
        {
            var current = Volatile.Read(ref _leases);
            if (current == 0)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _leases, current + 1, current) == current)
            {
                return true;
            }
        }
    }

    public void Release()
    {
        if (Interlocked.Decrement(ref _leases) == 0)
        {
            Unload();
        }
    }

    /// <summary>Stops new leases from the registry; the context unloads when in-flight calls finish.</summary>
    public void Retire()
    {
        if (Interlocked.Exchange(ref _retired, 1) == 0)
        {
            Release();
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Unload()
    {
        if (Interlocked.Exchange(ref _unloading, 1) != 0)
        {
            return;
        }

        try
        {
            (Interlocked.Exchange(ref _connector, null) as IDisposable)?.Dispose();
            (Interlocked.Exchange(ref _bot, null) as IDisposable)?.Dispose();
        }
        catch (Exception ex)
        {
            // A plugin's Dispose runs on whichever thread released the last lease; it must not take that caller down.
            LogDisposeFailed(_logger, ex, Manifest.Id, Manifest.Version);
        }

        Interlocked.Exchange(ref _services, null)?.Dispose();
        Interlocked.Exchange(ref _context, null)?.Unload();
        JsonMetadataCaches.Clear();
        PluginShadowCopy.TryDelete(_shadowFolder);
        _unloaded.TrySetResult();
    }

    private Exception Missing(PluginFeature feature) => Manifest.Provides.Contains(feature)
        ? new ObjectDisposedException(nameof(PluginGeneration), $"{Manifest.Id} {Manifest.Version} is unloaded")
        : new PluginFeatureMissingException($"the plugin '{Manifest.Id}' does not provide a {feature.ToString().ToLowerInvariant()}");

    [LoggerMessage(Level = LogLevel.Warning, Message = "Plugin {PluginId} {Version} threw while being disposed")]
    private static partial void LogDisposeFailed(ILogger logger, Exception exception, string pluginId, string version);
}
