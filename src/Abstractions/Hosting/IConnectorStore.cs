namespace OpenChannels.Abstractions.Hosting;

/// <summary>A small persistent key-value store, private to one connection. Values survive restarts and plugin upgrades.</summary>
public interface IConnectorStore
{
    /// <summary>Returns the value stored under <paramref name="key"/>, or null.</summary>
    ValueTask<string?> GetAsync(string key, CancellationToken cancellationToken);

    /// <summary>Stores <paramref name="value"/> under <paramref name="key"/>, replacing any earlier value; null removes it.</summary>
    ValueTask SetAsync(string key, string? value, CancellationToken cancellationToken);
}
