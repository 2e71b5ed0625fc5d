using OpenChannels.Portal.AgentTools;

namespace OpenChannels.Portal.Tests.AgentTools;

public sealed class TypedTokenTests
{
    [Theory]
    [InlineData("/", 0, "")]
    [InlineData("/th", 0, "th")]
    [InlineData("Sure! /tha", 6, "tha")]
    public void Find_SlashWordAtTheEnd_IsAShortcut(string text, int start, string prefix)
    {
        Assert.Equal(new TypedToken(start, prefix), TypedToken.Find(text, '/'));
    }

    [Theory]
    [InlineData("")]
    [InlineData("and/or")]
    [InlineData("see https://example.com/a")]
    [InlineData("/thanks then more")]
    [InlineData("/a/b")]
    public void Find_NoTrailingSlashWord_IsNull(string text)
    {
        Assert.Null(TypedToken.Find(text, '/'));
    }

    [Theory]
    [InlineData("write to ana@example.com")]
    [InlineData("@a@b")]
    public void Find_AtSignInsideAWord_IsNotAMention(string text)
    {
        Assert.Null(TypedToken.Find(text, '@'));
    }

    [Fact]
    public void Find_MentionBeingTyped_IsFound()
    {
        Assert.Equal(new TypedToken(4, "Bru"), TypedToken.Find("Ask @Bru", '@'));
    }

    [Fact]
    public void Replace_SwapsOnlyTheShortcut()
    {
        Assert.Equal("Sure! Thank you", TypedToken.Find("Sure! /tha", '/')!.Value.Replace("Sure! /tha", "Thank you"));
    }
}
