using System.Globalization;

namespace OpenChannels.Portal.Widget;

/// <summary>Host-wide limits of the widget endpoints, from <c>OPENCHANNELS_WIDGET_*</c>; per-connection limits are in its settings.</summary>
public sealed record WidgetOptions
{
    /// <summary>Requests per minute from one IP address to every widget endpoint together.</summary>
    public int RequestsPerIpPerMinute { get; init; } = 600;

    /// <summary>Messages, typing signals, ratings and read receipts per minute from one visitor.</summary>
    public int ActionsPerVisitorPerMinute { get; init; } = 60;

    /// <summary>Live connections one visitor may hold at once (tabs).</summary>
    public int StreamsPerVisitor { get; init; } = 8;

    /// <summary>How long a visitor token stays valid; every visit renews it.</summary>
    public TimeSpan TokenLifetime { get; init; } = TimeSpan.FromDays(180);

    public static WidgetOptions FromConfiguration(IConfiguration configuration) => new()
    {
        RequestsPerIpPerMinute = Positive(configuration, "OPENCHANNELS_WIDGET_RATE_PER_IP") ?? 600,
        ActionsPerVisitorPerMinute = Positive(configuration, "OPENCHANNELS_WIDGET_RATE_PER_VISITOR") ?? 60,
        StreamsPerVisitor = Positive(configuration, "OPENCHANNELS_WIDGET_STREAMS_PER_VISITOR") ?? 8,
    };

    private static int? Positive(IConfiguration configuration, string key) =>
        configuration[key] is not { Length: > 0 } text ? null
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value
        : throw new InvalidOperationException($"{key} must be a whole number of at least 1, not '{text}'.");
}
