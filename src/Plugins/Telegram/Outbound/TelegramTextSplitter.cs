namespace OpenChannels.Plugins.Telegram.Outbound;

/// <summary>Cuts text longer than one Telegram message into pieces, at a line or word break where there is one.</summary>
internal static class TelegramTextSplitter
{
    public static IReadOnlyList<string> Split(string text, int limit)
    {
        var pieces = new List<string>();
        var rest = text.AsSpan();
        while (rest.Length > limit)
        {
            var window = rest[..limit];
            var cut = window.LastIndexOf('\n');
            if (cut < limit / 2)
            {
                cut = window.LastIndexOf(' ');
            }

            if (cut < limit / 2)
            {
                // No break in the second half: cut hard, but never between the halves of a surrogate pair.
                cut = char.IsHighSurrogate(window[limit - 1]) ? limit - 1 : limit;
            }

            pieces.Add(rest[..cut].ToString());
            rest = rest[cut..].TrimStart('\n');
        }

        if (rest.Length > 0)
        {
            pieces.Add(rest.ToString());
        }

        return pieces;
    }
}
