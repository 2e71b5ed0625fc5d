using Microsoft.Extensions.Logging;

namespace OpenChannels.Abstractions.Hosting;

/// <summary>Everything the host hands a plugin for one call on one connection.</summary>
public sealed record ConnectionContext
{
    /// <summary>The connection's id in the portal.</summary>
    public required string ConnectionId { get; init; }

    /// <summary>The public URL the messenger must call: <c>{OPENCHANNELS_PUBLIC_URL}/webhooks/{ConnectionId}</c>.</summary>
    public required Uri WebhookUrl { get; init; }

    /// <summary>The connection's settings, secrets already decrypted. Keys are those of the manifest's settings.</summary>
    public required IReadOnlyDictionary<string, string> Settings { get; init; }

    /// <summary>Creates HTTP clients for calls to the messenger's API.</summary>
    public required IConnectorHttp Http { get; init; }

    /// <summary>A logger named after the plugin.</summary>
    public required ILogger Logger { get; init; }

    /// <summary>The clock. Use it instead of <see cref="DateTimeOffset.UtcNow"/> so tests can move time.</summary>
    public required TimeProvider Clock { get; init; }

    /// <summary>A small persistent key-value store private to this connection.</summary>
    public required IConnectorStore Store { get; init; }

    /// <summary>
    /// Live connections of clients to the portal itself (contract 1.1). Hosts older than 1.1 do not have it; a 1.1 host always
    /// sets it, and its default pushes to no one.
    /// </summary>
    public IClientPush Push { get; init; } = NoClientPush.Instance;

    /// <summary>Largest file, in bytes, the host accepts from or sends to a messenger.</summary>
    public long MaxFileBytes { get; init; } = 20 * 1024 * 1024;

    /// <summary>Returns a setting, or <paramref name="fallback"/> when it is missing or empty.</summary>
    public string GetSetting(string key, string fallback = "") =>
        Settings.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value : fallback;
}
