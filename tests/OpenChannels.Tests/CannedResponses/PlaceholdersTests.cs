using OpenChannels.Portal.CannedResponses;

namespace OpenChannels.Portal.Tests.CannedResponses;

public sealed class PlaceholdersTests
{
    [Fact]
    public void Fill_KnownPlaceholders_AreReplacedAndUnknownOnesKept()
    {
        var filled = Placeholders.Fill("Hi {client.firstName} ({client.name}), {agent.name} here from {channel.name}. {order.id} {agent.FIRSTNAME}",
            new PlaceholderValues("Maria Silva", "Bruno Agent", "Support"));

        Assert.Equal("Hi Maria (Maria Silva), Bruno Agent here from Support. {order.id} Bruno", filled);
    }

    [Fact]
    public void Fill_MissingValue_LeavesThePlaceholderForTheAgentToSee()
    {
        Assert.Equal("Hello {client.name}", Placeholders.Fill("Hello {client.name}", new PlaceholderValues(null, "Ana", null)));
    }

    [Theory]
    [InlineData("/", 0, "")]
    [InlineData("/th", 0, "th")]
    [InlineData("Sure! /tha", 6, "tha")]
    public void Find_SlashWordAtTheEnd_IsAShortcut(string text, int start, string prefix)
    {
        Assert.Equal(new SlashToken(start, prefix), SlashToken.Find(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("and/or")]
    [InlineData("see https://example.com/a")]
    [InlineData("/thanks then more")]
    [InlineData("/a/b")]
    public void Find_NoTrailingSlashWord_IsNull(string text)
    {
        Assert.Null(SlashToken.Find(text));
    }

    [Fact]
    public void Replace_SwapsOnlyTheShortcut()
    {
        Assert.Equal("Sure! Thank you", SlashToken.Find("Sure! /tha")!.Value.Replace("Sure! /tha", "Thank you"));
    }
}
