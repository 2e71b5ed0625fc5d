using System.Globalization;
using System.Text.Json;

namespace OpenChannels.Plugins.Meta;

/// <summary>Tolerant readers for Graph JSON, which mixes string and number ids across payload generations.</summary>
internal static class MetaJson
{
    public static JsonElement? Child(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var child) && child.ValueKind != JsonValueKind.Null ? child : null;

    /// <summary>A string value; numbers are kept as their exact digits because older webhooks send ids as JSON numbers.</summary>
    public static string? Str(this JsonElement element, string name) => element.Child(name) switch
    {
        { ValueKind: JsonValueKind.String } s => s.GetString(),
        { ValueKind: JsonValueKind.Number } n => n.GetRawText(),
        _ => null,
    };

    public static string? IdOf(this JsonElement element, string name) => element.Child(name) is { } child ? child.Str("id") : null;

    public static long? Long(this JsonElement element, string name) => element.Child(name) switch
    {
        { ValueKind: JsonValueKind.Number } n when n.TryGetInt64(out var v) => v,
        { ValueKind: JsonValueKind.String } s when long.TryParse(s.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) => v,
        _ => null,
    };

    public static bool Flag(this JsonElement element, string name) => element.Child(name) is { ValueKind: JsonValueKind.True };

    public static IEnumerable<JsonElement> Items(this JsonElement element, string name) =>
        element.Child(name) is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray() : [];

    /// <summary>Messaging timestamps are Unix milliseconds.</summary>
    public static DateTimeOffset? UnixMs(this JsonElement element, string name) =>
        element.Long(name) is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;

    /// <summary>Graph dates come as ISO 8601 with a "+0000" offset, or as Unix seconds in feed webhooks.</summary>
    public static DateTimeOffset? GraphTime(this JsonElement element, string name)
    {
        if (element.Long(name) is { } seconds)
        {
            return DateTimeOffset.FromUnixTimeSeconds(seconds);
        }

        return element.Str(name) is { } text &&
            DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed
            : null;
    }
}
