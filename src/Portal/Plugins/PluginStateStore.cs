using System.Text.Json;
using OpenChannels.Portal.Hosting;

namespace OpenChannels.Portal.Plugins;

/// <summary>
/// What survives a restart about plugins: which are disabled, in <c>plugins-state.json</c> in the data directory (written
/// atomically). Every other status is worked out again from the plugin files at start.
/// </summary>
public sealed class PluginStateStore
{
    private readonly string _path;
    private readonly Lock _lock = new();
    private readonly State _state;

    public PluginStateStore(PortalOptions options)
    {
        _path = Path.Combine(options.DataDirectory, "plugins-state.json");
        _state = File.Exists(_path) ? JsonSerializer.Deserialize<State>(File.ReadAllText(_path)) ?? new State() : new State();
    }

    public bool IsDisabled(string id)
    {
        lock (_lock)
        {
            return _state.Disabled.Contains(id);
        }
    }

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

    private async Task UpdateAsync(Action<State> change, CancellationToken cancellationToken)
    {
        string json;
        lock (_lock)
        {
            change(_state);
            json = JsonSerializer.Serialize(_state);
        }

        var temp = _path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        await File.WriteAllTextAsync(temp, json, cancellationToken);
        File.Move(temp, _path, overwrite: true);
    }

    private sealed class State
    {
        public HashSet<string> Disabled { get; set; } = new(StringComparer.Ordinal);
    }
}
