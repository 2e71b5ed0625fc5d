namespace OpenChannels.Portal.CannedResponses;

/// <summary>
/// The <c>/shortcut</c> being typed at the end of the reply (at its start or after a space), and the reply with it replaced.
/// A slash inside a word (a URL, "and/or") is not a shortcut.
/// </summary>
public readonly record struct SlashToken(int Start, string Prefix)
{
    public static SlashToken? Find(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var start = text.Length;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }

        var word = text[start..];
        return word.StartsWith('/') && word.IndexOf('/', 1) < 0 && word.Length <= CannedResponseRules.MaxShortcut + 1
            ? new SlashToken(start, word[1..])
            : null;
    }

    public string Replace(string text, string insert) => text[..Start] + insert;
}
