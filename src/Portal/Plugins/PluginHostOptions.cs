using System.Globalization;

namespace OpenChannels.Portal.Plugins;

/// <summary>Limits the host puts on plugins (OPENCHANNELS_PLUGIN_* variables). The defaults suit a small install.</summary>
public sealed record PluginHostOptions
{
    /// <summary>Calls one plugin version may run at once; more wait <see cref="BusyWait"/>, then get "busy".</summary>
    public int MaxConcurrentCalls { get; init; } = 16;

    /// <summary>How long a call waits for a free slot before it is answered "busy" instead of queueing without bound.</summary>
    public TimeSpan BusyWait { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Failed or timed-out calls in a row that trip the breaker and mark the plugin Faulted.</summary>
    public int BreakerThreshold { get; init; } = 5;

    /// <summary>
    /// Full garbage collections, with growing pauses (0.1 s, 0.2 s, ...), after which an unloaded version whose load context is still
    /// alive is reported as leaking (a thread or timer it started still runs) on the Plugins page.
    /// </summary>
    public int CollectionAttempts { get; init; } = 20;

    /// <summary>How long a plugin bot may take to answer one client message; after it, the session goes to the queue.</summary>
    public TimeSpan BotTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Largest plugin package (zip) accepted by the upload, and largest total of its extracted files.</summary>
    public long MaxPackageBytes { get; init; } = 50L * 1024 * 1024;

    /// <summary>Timeout of the HTTP clients a plugin gets through <c>IConnectorHttp</c>.</summary>
    public TimeSpan HttpTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Where plugins' HTTP clients may connect; see <see cref="OutboundAddressGuard"/>.</summary>
    public OutboundAddressGuard AddressGuard { get; init; } = new([]);

    public static PluginHostOptions FromConfiguration(IConfiguration configuration)
    {
        var defaults = new PluginHostOptions();
        return new PluginHostOptions
        {
            MaxConcurrentCalls = Positive(configuration, "OPENCHANNELS_PLUGIN_MAX_CALLS") ?? defaults.MaxConcurrentCalls,
            BreakerThreshold = Positive(configuration, "OPENCHANNELS_PLUGIN_BREAKER_FAILURES") ?? defaults.BreakerThreshold,
            HttpTimeout = Positive(configuration, "OPENCHANNELS_PLUGIN_HTTP_TIMEOUT_SECONDS") is { } seconds ? TimeSpan.FromSeconds(seconds) : defaults.HttpTimeout,
            BotTimeout = Positive(configuration, "OPENCHANNELS_PLUGIN_BOT_TIMEOUT_SECONDS") is { } botSeconds ? TimeSpan.FromSeconds(botSeconds) : defaults.BotTimeout,
            MaxPackageBytes = Positive(configuration, "OPENCHANNELS_PLUGIN_MAX_PACKAGE_MB") * 1024L * 1024 ?? defaults.MaxPackageBytes,
            AddressGuard = new OutboundAddressGuard((configuration["OPENCHANNELS_TRUSTED_HOSTS"] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)),
        };
    }

    private static int? Positive(IConfiguration configuration, string key)
    {
        var text = configuration[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new InvalidOperationException($"{key} must be a whole number above 0, not '{text}'.");
    }
}
