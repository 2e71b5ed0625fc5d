namespace OpenChannels.Portal.Plugins;

/// <summary>
/// The watcher's settle rule: a plugin folder whose files differ from what is loaded is reloaded only once its summary
/// (<see cref="PluginFolderSignatures"/>) has stayed the same for <see cref="Quiet"/> since it was first seen, across every read in
/// between (any change starts the wait again), so a copy in progress is never loaded half-written. Times are a monotonic clock's.
/// </summary>
public sealed class PluginFolderSettle(TimeSpan quiet)
{
    private readonly Dictionary<string, string> _loaded = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Signature, TimeSpan Since)> _changing = new(StringComparer.Ordinal);

    public TimeSpan Quiet => quiet;

    /// <summary>The folders as they were when they were loaded at start.</summary>
    public void Baseline(IReadOnlyDictionary<string, string> signatures)
    {
        foreach (var (folder, signature) in signatures)
        {
            _loaded[folder] = signature;
        }
    }

    /// <summary>Takes a new read of every folder at <paramref name="at"/>; returns the folders that settled and should be loaded now.</summary>
    public IReadOnlyList<(string Folder, string Signature)> Observe(IReadOnlyDictionary<string, string> signatures, TimeSpan at)
    {
        var ready = new List<(string, string)>();
        foreach (var (folder, signature) in signatures)
        {
            if (_loaded.GetValueOrDefault(folder) == signature)
            {
                _changing.Remove(folder);
            }
            else if (_changing.TryGetValue(folder, out var seen) && seen.Signature == signature)
            {
                if (at - seen.Since >= quiet)
                {
                    ready.Add((folder, signature));
                }
            }
            else
            {
                _changing[folder] = (signature, at); // new or still changing: the quiet time starts again
            }
        }

        // A folder that went away is forgotten, so that it loads again when it comes back.
        foreach (var gone in _loaded.Keys.Concat(_changing.Keys).Where(f => !signatures.ContainsKey(f)).ToList())
        {
            _loaded.Remove(gone);
            _changing.Remove(gone);
        }

        return ready;
    }

    /// <summary>The folder was loaded with these files.</summary>
    public void Loaded(string folder, string signature)
    {
        _loaded[folder] = signature;
        _changing.Remove(folder);
    }

    /// <summary>Loading failed (a file still locked, say): try again after another quiet time.</summary>
    public void Retry(string folder, TimeSpan at)
    {
        if (_changing.TryGetValue(folder, out var seen))
        {
            _changing[folder] = (seen.Signature, at);
        }
    }

    /// <summary>When the first changing folder will have been quiet long enough, or null when none is changing.</summary>
    public TimeSpan? NextDue => _changing.Count == 0 ? null : _changing.Values.Min(c => c.Since) + quiet;
}
