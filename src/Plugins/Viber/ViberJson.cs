using System.Text.Json;

namespace OpenChannels.Plugins.Viber;

/// <summary>Tolerant readers for Viber's JSON, which mixes numbers and strings for the same fields.</summary>
internal static class ViberJson
{
    public static string? String(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    public static JsonElement? Object(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object
            ? value
            : null;

    /// <summary>
    /// An id such as <c>message_token</c>, exactly as sent. Tokens exceed 2^53, so they are taken from the raw JSON
    /// number text, never through a double; a quoted token is accepted too.
    /// </summary>
    public static string? Id(JsonElement parent, string name)
    {
        if (parent.ValueKind != JsonValueKind.Object || !parent.TryGetProperty(name, out var value))
        {
            return null;
        }

        var text = value.ValueKind switch
        {
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.String => value.GetString(),
            _ => null,
        };
        return !string.IsNullOrEmpty(text) && text.All(char.IsAsciiDigit) ? text : null;
    }

    public static long? Int64(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number &&
        value.TryGetInt64(out var number)
            ? number
            : null;

    /// <summary>A coordinate as invariant text, keeping the digits Viber sent.</summary>
    public static string? Number(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number
            ? value.GetRawText()
            : null;

    /// <summary>The event's <c>timestamp</c> (Unix milliseconds), or <paramref name="fallback"/> when missing or out of range.</summary>
    public static DateTimeOffset Timestamp(JsonElement root, DateTimeOffset fallback)
    {
        var ms = Int64(root, "timestamp");
        return ms is >= 0 and <= 253_402_300_799_999 ? DateTimeOffset.FromUnixTimeMilliseconds(ms.Value) : fallback;
    }
}
