using System.Text;

namespace OpenChannels.Portal.Mentions;

/// <summary>
/// Finds <c>@Name</c> at the start of a word, matching the longest known name (case-insensitive) that ends at a word boundary, and
/// drops the at sign: "Ask @Bruno Agent." becomes "Ask Bruno Agent." An unknown name or an e-mail address is left as written.
/// </summary>
public static class MentionParser
{
    public static ResolvedMentions Resolve(string text, IReadOnlyList<MentionTarget> candidates)
    {
        if (!text.Contains('@', StringComparison.Ordinal) || candidates.Count == 0)
        {
            return ResolvedMentions.None(text);
        }

        var longestFirst = candidates.Where(c => c.Name.Length > 0).OrderByDescending(c => c.Name.Length).ToList();
        var output = new StringBuilder(text.Length);
        var found = new List<MentionTarget>();
        for (var i = 0; i < text.Length; i++)
        {
            var match = text[i] == '@' && StartsWord(text, i) ? longestFirst.FirstOrDefault(c => NameAt(text, i + 1, c.Name)) : null;
            if (match is null)
            {
                output.Append(text[i]);
                continue;
            }

            output.Append(match.Name);
            i += match.Name.Length;
            if (!found.Contains(match))
            {
                found.Add(match);
            }
        }

        return new ResolvedMentions(output.ToString(), found);
    }

    private static bool StartsWord(string text, int at) => at == 0 || char.IsWhiteSpace(text[at - 1]) || "([{\"'".Contains(text[at - 1], StringComparison.Ordinal);

    private static bool NameAt(string text, int at, string name) =>
        string.Compare(text, at, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0
        && at + name.Length <= text.Length
        && (at + name.Length == text.Length || !char.IsLetterOrDigit(text[at + name.Length]));
}
