using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using OpenChannels.Portal.Hosting;

namespace OpenChannels.Portal.Plugins;

/// <summary>
/// What survives a restart about plugins, in <c>plugins-state.json</c> in the data directory (written atomically): which are
/// disabled, which build tripped the breaker, and each plugin's last error. Every other status is worked out again from the
/// plugin files at start.
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "The semaphore's wait handle is never created, so there is nothing to dispose.")]
public sealed partial class PluginStateStore
{
    private readonly string _path;
    private readonly Lock _lock = new();
    private readonly SemaphoreSlim _write = new(1, 1);
    private readonly ILogger _logger;
    private readonly State _state;
    private int _backgroundSaveQueued;

    public PluginStateStore(PortalOptions options, ILogger<PluginStateStore>? logger = null)
    {
        _path = Path.Combine(options.DataDirectory, "plugins-state.json");
        _logger = (ILogger?)logger ?? Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;
        _state = File.Exists(_path) ? JsonSerializer.Deserialize<State>(File.ReadAllText(_path)) ?? new State() : new State();
    }

    public bool IsDisabled(string id) => Read(s => s.Disabled.Contains(id));

    public PluginTrip? Trip(string id) => Read(s => s.Trips.GetValueOrDefault(id));

    public PluginError? LastError(string id) => Read(s => s.Errors.GetValueOrDefault(id));

    public Task SetDisabledAsync(string id, bool disabled, CancellationToken cancellationToken) => UpdateAsync(s =>
    {
        if (disabled)
        {
            s.Disabled.Add(id);
        }
        else
        {
            s.Disabled.Remove(id);
        }
    }, cancellationToken);

    public Task SetTripAsync(string id, PluginTrip? trip, CancellationToken cancellationToken) => UpdateAsync(s =>
    {
        if (trip is null)
        {
            s.Trips.Remove(id);
        }
        else
        {
            s.Trips[id] = trip;
        }
    }, cancellationToken);

    /// <summary>Drops everything stored about a removed plugin.</summary>
    public Task ForgetAsync(string id, CancellationToken cancellationToken) => UpdateAsync(s =>
    {
        s.Disabled.Remove(id);
        s.Trips.Remove(id);
        s.Errors.Remove(id);
    }, cancellationToken);

    /// <summary>
    /// Records the last error without making the caller wait for the disk: a plugin failing under load must not turn every
    /// failed call into a file write. Errors recorded while a save is queued go out with that save.
    /// </summary>
    public void RecordError(string id, PluginError error)
    {
        lock (_lock)
        {
            _state.Errors[id] = error;
        }

        if (Interlocked.Exchange(ref _backgroundSaveQueued, 1) == 0)
        {
            _ = SaveInBackgroundAsync();
        }
    }

    private T Read<T>(Func<State, T> read)
    {
        lock (_lock)
        {
            return read(_state);
        }
    }

    private async Task UpdateAsync(Action<State> change, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            change(_state);
        }

        await SaveAsync(cancellationToken);
    }

    private async Task SaveInBackgroundAsync()
    {
        try
        {
            await Task.Yield();
            await SaveAsync(CancellationToken.None);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            LogSaveFailed(_logger, _path, ex.Message);
        }
    }

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        // One writer at a time, and the snapshot is taken inside the gate: a later save never loses to an earlier one.
        await _write.WaitAsync(cancellationToken);
        try
        {
            Interlocked.Exchange(ref _backgroundSaveQueued, 0);
            var json = Read(s => JsonSerializer.Serialize(s));
            var temp = _path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            await File.WriteAllTextAsync(temp, json, CancellationToken.None);
            File.Move(temp, _path, overwrite: true);
        }
        finally
        {
            _write.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not save the plugin state to {Path}: {Error}")]
    private static partial void LogSaveFailed(ILogger logger, string path, string error);

    private sealed class State
    {
        public HashSet<string> Disabled { get; set; } = new(StringComparer.Ordinal);

        public Dictionary<string, PluginTrip> Trips { get; set; } = new(StringComparer.Ordinal);

        public Dictionary<string, PluginError> Errors { get; set; } = new(StringComparer.Ordinal);
    }
}
