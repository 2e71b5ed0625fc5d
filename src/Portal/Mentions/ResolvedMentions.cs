namespace OpenChannels.Portal.Mentions;

/// <summary>A reply's text with every <c>@mention</c> turned into the plain name the client sees, and who or what was mentioned.</summary>
public sealed record ResolvedMentions(string Text, IReadOnlyList<MentionTarget> Targets)
{
    public static ResolvedMentions None(string text) => new(text, []);
}
