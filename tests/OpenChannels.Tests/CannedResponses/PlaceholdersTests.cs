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
}
