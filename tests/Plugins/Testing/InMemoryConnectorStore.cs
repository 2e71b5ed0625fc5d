using System.Collections.Concurrent;
using OpenChannels.Abstractions.Hosting;

namespace OpenChannels.Plugins.Testing;

/// <summary>A connector store that lives in memory, for tests.</summary>
public sealed class InMemoryConnectorStore : IConnectorStore
{
    public ConcurrentDictionary<string, string> Values { get; } = new();

    public ValueTask<string?> GetAsync(string key, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Values.TryGetValue(key, out var v) ? v : null);

    public ValueTask SetAsync(string key, string? value, CancellationToken cancellationToken)
    {
        if (value is null)
        {
            Values.TryRemove(key, out _);
        }
        else
        {
            Values[key] = value;
        }

        return ValueTask.CompletedTask;
    }
}
