using OpenChannels.Portal.Connections;

namespace OpenChannels.Portal.Widget;

/// <summary>One active web chat connection as its widget endpoints see it: the connection and its settings, read and checked.</summary>
public sealed record WidgetSite(Connection Connection, IReadOnlyDictionary<string, string> Settings)
{
    public const string ConnectorId = "webchat";

    public Guid Id => Connection.Id;

    public IReadOnlySet<string> AllowedOrigins { get; } = Settings.GetValueOrDefault("allowedOrigins", "")
        .Split(['\n', '\r', ',', ' '], StringSplitOptions.RemoveEmptyEntries)
        .Select(WidgetOrigins.Normalize).OfType<string>().ToHashSet(StringComparer.Ordinal);

    public string Title => Settings.GetValueOrDefault("title", "");

    public string Color => Settings.GetValueOrDefault("color") is { Length: 7 } c && c[0] == '#' && c[1..].All(char.IsAsciiHexDigit) ? c : "#1f6feb";

    public string Greeting => Settings.GetValueOrDefault("greeting", "");

    public bool PreChatForm => Settings.GetValueOrDefault("preChatForm") == "true";

    public bool OfflineForm => Settings.GetValueOrDefault("offlineForm", "true") != "false";

    public long MaxFileBytes => Number("maxFileMb", 10, 50) * 1024L * 1024L;

    public int MaxMessageLength => Number("maxMessageLength", 2000, 10_000);

    /// <summary>MIME types visitors may send; <c>image/*</c> stands for the raster image types the portal shows inline.</summary>
    public IReadOnlyList<string> FileTypes { get; } = Settings.GetValueOrDefault("fileTypes", "")
        .Split([',', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(t => t.Trim().ToLowerInvariant())
        .Where(t => t != "none").SelectMany(t => t == "image/*" ? WidgetFiles.InlineImageTypes : [t]).Distinct().ToList();

    public string RelaySecret => Settings.GetValueOrDefault("relaySecret", "");

    private int Number(string key, int fallback, int max) =>
        int.TryParse(Settings.GetValueOrDefault(key), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= 1
            ? Math.Min(n, max) : fallback;
}
