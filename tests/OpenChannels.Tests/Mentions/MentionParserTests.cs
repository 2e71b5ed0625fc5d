using OpenChannels.Portal.Mentions;

namespace OpenChannels.Portal.Tests.Mentions;

public sealed class MentionParserTests
{
    private static readonly MentionTarget Bruno = new(MentionKind.Colleague, "u1", "Bruno");
    private static readonly MentionTarget BrunoAgent = new(MentionKind.Colleague, "u2", "Bruno Agent");
    private static readonly MentionTarget Launch = new(MentionKind.Chat, "c1", "Launch");
    private static readonly MentionTarget[] Known = [Bruno, BrunoAgent, Launch];

    [Fact]
    public void Resolve_KnownNames_DropTheAtSign_AndTheLongestNameWins()
    {
        var resolved = MentionParser.Resolve("Ask @bruno agent, then (@Launch) and @Bruno again.", Known);

        Assert.Equal("Ask Bruno Agent, then (Launch) and Bruno again.", resolved.Text);
        Assert.Equal([BrunoAgent, Launch, Bruno], resolved.Targets);
    }

    [Theory]
    [InlineData("mail ana@example.com")]
    [InlineData("@Brunonia is someone else")]
    [InlineData("@nobody here")]
    public void Resolve_NoMention_LeavesTheTextAsWritten(string text)
    {
        var resolved = MentionParser.Resolve(text, Known);

        Assert.Equal(text, resolved.Text);
        Assert.Empty(resolved.Targets);
    }
}
