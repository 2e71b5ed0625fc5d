namespace OpenChannels.Plugins.Viber;

/// <summary>Splits long text into Viber-sized pieces without cutting a surrogate pair in half.</summary>
internal static class ViberText
{
    public static IEnumerable<string> Split(string text, int maxLength)
    {
        var start = 0;
        while (text.Length - start > maxLength)
        {
            var length = char.IsHighSurrogate(text[start + maxLength - 1]) ? maxLength - 1 : maxLength;
            yield return text.Substring(start, length);
            start += length;
        }

        yield return text[start..];
    }
}
