using System.Text;

namespace OpenChannels.Plugins.Meta;

/// <summary>Splits long text into pieces under a platform limit, preferring line and word breaks.</summary>
internal static class TextChunker
{
    /// <summary>Splits <paramref name="text"/> into pieces of at most <paramref name="maxUtf8Bytes"/> UTF-8 bytes and <paramref name="maxChars"/> characters.</summary>
    public static IReadOnlyList<string> Split(string text, int maxChars, int maxUtf8Bytes)
    {
        var pieces = new List<string>();
        var rest = text.AsSpan().Trim();
        while (rest.Length > 0)
        {
            var take = Fit(rest, maxChars, maxUtf8Bytes);
            if (take < rest.Length)
            {
                var cut = rest[..take].LastIndexOfAny('\n', ' ');
                take = cut > take / 2 ? cut : take;
            }

            pieces.Add(rest[..take].TrimEnd().ToString());
            rest = rest[take..].TrimStart();
        }

        return pieces;
    }

    private static int Fit(ReadOnlySpan<char> text, int maxChars, int maxUtf8Bytes)
    {
        // The longest prefix within the byte budget, found by binary search over its length.
        int low = 1, high = Math.Min(text.Length, maxChars);
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (Encoding.UTF8.GetByteCount(text[..middle]) <= maxUtf8Bytes)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        // Never split a surrogate pair: half an emoji is not valid UTF-8.
        if (low > 1 && low < text.Length && char.IsHighSurrogate(text[low - 1]))
        {
            low--;
        }

        return low;
    }
}
