using System.Globalization;
using System.Text;
using OpenChannels.Abstractions.Bots;

namespace OpenChannels.Portal.Bots;

/// <summary>
/// The first-party FAQ bot. Settings: <c>rules</c>, one per line as <c>keyword, other keyword =&gt; answer</c>; <c>handoverKeywords</c>
/// (comma-separated, default "human, agent, operator, person"); <c>handoverText</c>. A message with a handover keyword, or one no
/// rule matches, goes to the queue for a human; a matched one is answered and the bot stays. Matching ignores case and accents.
/// </summary>
public sealed class FaqBot : IBot
{
    public const string Id = "faq";
    public const string DefaultHandoverKeywords = "human, agent, operator, person";

    public ValueTask<BotReply> ReplyAsync(BotSession session, CancellationToken cancellationToken)
    {
        var last = session.Turns.LastOrDefault(t => t.FromClient)?.Text ?? "";
        var words = Words(last);
        var handoverText = session.Settings.GetValueOrDefault("handoverText") is { Length: > 0 } h ? h : null;
        var handover = Keywords(session.Settings.GetValueOrDefault("handoverKeywords") is { Length: > 0 } k ? k : DefaultHandoverKeywords);
        if (handover.Any(keyword => Matches(words, keyword)))
        {
            return ValueTask.FromResult(BotReply.Transfer(handoverText));
        }

        foreach (var rule in FaqRule.Parse(session.Settings.GetValueOrDefault("rules") ?? ""))
        {
            if (rule.Keywords.Any(keyword => Matches(words, keyword)))
            {
                return ValueTask.FromResult(BotReply.Answer(rule.Answer));
            }
        }

        return ValueTask.FromResult(BotReply.Transfer(handoverText));
    }

    // A keyword of several words matches them in a row; one word matches a whole word of the message.
    private static bool Matches(List<string> words, string keyword)
    {
        var wanted = Words(keyword);
        return wanted.Count > 0 && Enumerable.Range(0, Math.Max(0, words.Count - wanted.Count + 1)).Any(i => wanted.Select((w, j) => words[i + j] == w).All(x => x));
    }

    private static List<string> Keywords(string list) => [.. list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    public static List<string> Words(string text)
    {
        var folded = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
            }
        }

        return [.. folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)];
    }
}
