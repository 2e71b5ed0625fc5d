namespace OpenChannels.Portal.AgentTools;

/// <summary>
/// The word being typed at the end of the reply when it starts with a marker: <c>/shortcut</c> for canned responses, <c>@name</c>
/// for mentions. It must stand at the start or after a space, so a slash or an at sign inside a word (a URL, an e-mail address)
/// is not one.
/// </summary>
public readonly record struct TypedToken(int Start, string Prefix)
{
    public const int MaxLength = 40;

    public static TypedToken? Find(string? text, char marker)
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
        return word.Length > 0 && word[0] == marker && word.IndexOf(marker, 1) < 0 && word.Length <= MaxLength + 1
            ? new TypedToken(start, word[1..])
            : null;
    }

    public string Replace(string text, string insert) => text[..Start] + insert;
}
