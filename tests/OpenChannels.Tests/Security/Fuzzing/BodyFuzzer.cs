using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenChannels.Portal.Tests.Security.Fuzzing;

/// <summary>
/// Turns real payloads into broken ones, deterministically from a seed: truncations, flipped, inserted and deleted bytes,
/// JSON values swapped for values of another type (huge, negative, nested, empty), wrong encodings and degenerate bodies.
/// The same seed always yields the same bodies, so a failure can be replayed by its case number.
/// </summary>
public sealed class BodyFuzzer(IReadOnlyList<byte[]> seeds, int seed)
{
    private static readonly string[] Junk =
    [
        "\0", "\"", "{", "}", "[", "]", ",", ":", "\\", "\\u0000", "\\ud800", "null", "true", "-0", "1e309", "-1e309",
        "99999999999999999999999999", "NaN", "'", "<script>", "\r\n", "\u202e", "\ufeff", "💥", "%00", "${jndi:ldap://x}",
    ];

    private readonly Random _random = new(seed);

    /// <summary>The mutation each case number got, for failure messages.</summary>
    public string LastMutation { get; private set; } = "";

    public byte[] Next()
    {
        var source = seeds[_random.Next(seeds.Count)];
        var kind = _random.Next(10);
        LastMutation = kind switch
        {
            0 or 1 => "truncate",
            2 => "flip bytes",
            3 => "insert junk",
            4 => "delete span",
            5 or 6 => "retype a JSON value",
            7 => "repeat span",
            8 => "drop a JSON property",
            _ => "degenerate body",
        };
        return kind switch
        {
            0 or 1 => source[.._random.Next(source.Length)],
            2 => FlipBytes(source),
            3 => InsertJunk(source),
            4 => DeleteSpan(source),
            5 or 6 => Retype(source),
            7 => RepeatSpan(source),
            8 => DropProperty(source),
            _ => Degenerate(source),
        };
    }

    private byte[] FlipBytes(byte[] source)
    {
        var copy = (byte[])source.Clone();
        for (var i = _random.Next(1, 9); i > 0 && copy.Length > 0; i--)
        {
            copy[_random.Next(copy.Length)] = (byte)_random.Next(256);
        }

        return copy;
    }

    private byte[] InsertJunk(byte[] source)
    {
        var at = _random.Next(source.Length + 1);
        var junk = Encoding.UTF8.GetBytes(Junk[_random.Next(Junk.Length)]);
        return [.. source[..at], .. junk, .. source[at..]];
    }

    private byte[] DeleteSpan(byte[] source)
    {
        if (source.Length < 2)
        {
            return [];
        }

        var start = _random.Next(source.Length - 1);
        var length = _random.Next(1, Math.Min(64, source.Length - start) + 1);
        return [.. source[..start], .. source[(start + length)..]];
    }

    private byte[] RepeatSpan(byte[] source)
    {
        var start = _random.Next(source.Length);
        var span = source[start..Math.Min(source.Length, start + _random.Next(1, 32))];
        var times = _random.Next(2, 200);
        return [.. source[..start], .. Enumerable.Repeat(span, times).SelectMany(s => s), .. source[start..]];
    }

    private byte[] Retype(byte[] source)
    {
        var root = JsonNode.Parse(source);
        var nodes = Nodes(root).Where(n => n.Parent is not null).ToList();
        if (nodes.Count == 0)
        {
            return Degenerate(source);
        }

        var target = nodes[_random.Next(nodes.Count)];
        var replacement = Replacement();
        switch (target.Parent)
        {
            case JsonObject parent:
                parent[target.GetPropertyName()] = replacement;
                break;
            case JsonArray array:
                array[target.GetElementIndex()] = replacement;
                break;
        }

        return Encoding.UTF8.GetBytes(root!.ToJsonString());
    }

    private byte[] DropProperty(byte[] source)
    {
        var root = JsonNode.Parse(source);
        var properties = Nodes(root).Where(n => n?.Parent is JsonObject).ToList();
        if (properties.Count == 0)
        {
            return Degenerate(source);
        }

        var target = properties[_random.Next(properties.Count)];
        ((JsonObject)target.Parent!).Remove(target.GetPropertyName());
        return Encoding.UTF8.GetBytes(root!.ToJsonString());
    }

    private JsonNode? Replacement() => _random.Next(14) switch
    {
        0 => null,
        1 => JsonValue.Create(0),
        2 => JsonValue.Create(-1),
        3 => JsonValue.Create(long.MaxValue),
        4 => JsonValue.Create(1.7e308),
        5 => JsonValue.Create(""),
        6 => JsonValue.Create(new string('A', _random.Next(1, 200_000))),
        7 => new JsonArray(),
        8 => new JsonObject(),
        9 => JsonValue.Create(true),
        10 => JsonValue.Create("\u0000\ud7ff\uffff<img src=x onerror=alert(1)>"),
        11 => JsonValue.Create("-" + _random.NextInt64()),
        12 => JsonNode.Parse(new string('[', 60) + new string(']', 60)),
        _ => JsonValue.Create("2026-13-45T99:99:99Z"),
    };

    private byte[] Degenerate(byte[] source) => _random.Next(12) switch
    {
        0 => [],
        1 => "null"u8.ToArray(),
        2 => "[]"u8.ToArray(),
        3 => "{}"u8.ToArray(),
        4 => "\"just a string\""u8.ToArray(),
        5 => Encoding.UTF8.GetBytes(new string('[', 100_000) + new string(']', 100_000)),
        6 => [0xEF, 0xBB, 0xBF, .. source],
        7 => Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(source)),
        8 => [0xFF, 0xFE, 0xC0, 0x80, .. source],
        9 => Encoding.UTF8.GetBytes("[" + Encoding.UTF8.GetString(source) + "," + Encoding.UTF8.GetString(source) + "]"),
        10 => Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(source).Replace(":", ":[", StringComparison.Ordinal)),
        _ => Enumerable.Range(0, _random.Next(1, 4096)).Select(_ => (byte)_random.Next(256)).ToArray(),
    };

    private static IEnumerable<JsonNode> Nodes(JsonNode? node)
    {
        if (node is null)
        {
            yield break;
        }

        yield return node;
        var children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a.AsEnumerable(),
            _ => [],
        };
        foreach (var child in children)
        {
            foreach (var descendant in Nodes(child))
            {
                yield return descendant;
            }
        }
    }

    /// <summary>Parses a seed once to be sure every seed is valid JSON (a broken fixture would hide broken mutations).</summary>
    public static byte[] Valid(byte[] body)
    {
        using var _ = JsonDocument.Parse(body);
        return body;
    }
}
