using System.Runtime.CompilerServices;
using OpenChannels.Abstractions;
using OpenChannels.Abstractions.Manifest;

namespace OpenChannels.Portal.Plugins;

/// <summary>
/// One loaded version of a plugin. Callers hold a lease while they use the connector; a retired generation unloads its
/// context when the last lease is released (release-then-dispose-at-zero), so in-flight calls finish on the old code.
/// </summary>
public sealed class PluginGeneration
{
    private readonly PluginLoadContext _context;
    private readonly string _shadowFolder;
    private int _leases = 1; // the registry's own reference, dropped by Retire()
    private int _unloaded;

    public PluginGeneration(ConnectorManifest manifest, IConnector connector, PluginLoadContext context, string shadowFolder, DateTimeOffset loadedAt)
    {
        Manifest = manifest;
        Connector = connector;
        _context = context;
        _shadowFolder = shadowFolder;
        LoadedAt = loadedAt;
        ContextReference = new WeakReference(context, trackResurrection: true);
    }

    public ConnectorManifest Manifest { get; }

    public IConnector Connector { get; }

    public DateTimeOffset LoadedAt { get; }

    /// <summary>Becomes dead once the unloaded context is collected; tests and the swap log read it.</summary>
    public WeakReference ContextReference { get; }

    public int ActiveLeases => Volatile.Read(ref _leases) - (IsRetired ? 0 : 1);

    public bool IsRetired { get; private set; }

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
        if (!IsRetired)
        {
            IsRetired = true;
            Release();
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Unload()
    {
        if (Interlocked.Exchange(ref _unloaded, 1) == 0)
        {
            (Connector as IDisposable)?.Dispose();
            _context.Unload();
            try
            {
                Directory.Delete(_shadowFolder, recursive: true);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}
