namespace OpenChannels.Portal.Bots;

/// <summary>One FAQ bot rule: any of the keywords gets the answer. Written as <c>price, cost =&gt; Plans start at 10 €/month.</c></summary>
public sealed record FaqRule(IReadOnlyList<string> Keywords, string Answer)
{
    /// <summary>The rules of a settings text; lines without "=&gt;", keywords or an answer are skipped (and reported by <see cref="Invalid"/>).</summary>
    public static IReadOnlyList<FaqRule> Parse(string text) =>
        [.. Lines(text).Select(Read).OfType<FaqRule>()];

    /// <summary>The line numbers (from 1) that are not rules, so the settings form can say which.</summary>
    public static IReadOnlyList<int> Invalid(string text) =>
        [.. Lines(text).Select((line, i) => (Rule: Read(line), Number: i + 1)).Where(x => x.Rule is null).Select(x => x.Number)];

    private static IEnumerable<string> Lines(string text) => text.ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);

    private static FaqRule? Read(string line)
    {
        var arrow = line.IndexOf("=>", StringComparison.Ordinal);
        if (arrow <= 0)
        {
            return null;
        }

        var keywords = line[..arrow].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var answer = line[(arrow + 2)..].Trim();
        return keywords.Length == 0 || answer.Length == 0 ? null : new FaqRule(keywords, answer);
    }
}
