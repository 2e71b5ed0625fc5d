using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenChannels.Plugins.Facebook;

/// <summary>
/// Where comment import stands, kept by the host between polls: <see cref="Since"/> (Unix seconds) is the newest post
/// <c>updated_time</c> fully read, so older posts are skipped; <see cref="After"/> holds, per recent post, the Graph cursor
/// after the last imported comment. Only posts still in the recent list are kept, so the cursor stays a few kilobytes.
/// </summary>
internal sealed class CommentCursor
{
    [JsonPropertyName("since")]
    public long? Since { get; set; }

    [JsonPropertyName("after")]
    public Dictionary<string, string> After { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Reads a cursor; an unreadable one starts over (the host stores duplicate comments once).</summary>
    public static CommentCursor Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new CommentCursor();
        }

        try
        {
            return JsonSerializer.Deserialize<CommentCursor>(text) ?? new CommentCursor();
        }
        catch (JsonException)
        {
            return new CommentCursor();
        }
    }

    public string Serialize() => JsonSerializer.Serialize(this);
}
