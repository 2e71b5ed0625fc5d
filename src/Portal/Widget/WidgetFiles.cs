namespace OpenChannels.Portal.Widget;

/// <summary>Which visitor files the widget accepts and shows inline. SVG is never an inline image: it can carry script.</summary>
public static class WidgetFiles
{
    public static readonly string[] InlineImageTypes = ["image/png", "image/jpeg", "image/gif", "image/webp"];

    public static bool IsInlineImage(string contentType) => InlineImageTypes.Contains(contentType, StringComparer.OrdinalIgnoreCase);

    /// <summary>True when bytes declared as an inline image type really start like one, so a renamed HTML file is not served as an image.</summary>
    public static bool LooksLike(string contentType, ReadOnlySpan<byte> head) => contentType.ToLowerInvariant() switch
    {
        "image/png" => head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        "image/jpeg" => head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]),
        "image/gif" => head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8),
        "image/webp" => head.Length >= 12 && head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8),
        _ => true,
    };
}
