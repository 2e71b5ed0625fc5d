using System.Text.Json.Nodes;
using OpenChannels.Abstractions.Inbound;

namespace OpenChannels.Plugins.Viber.Tests;

public sealed class ConversationStartedTests
{
    [Fact]
    public async Task HandleWebhook_NoWelcomeMessage_AcceptsWithEmptyBody()
    {
        var result = await ViberTest.HandleFixtureAsync("conversation_started.json");

        Assert.Equal(WebhookOutcome.Accepted, result.Outcome);
        Assert.Empty(result.Events);
        Assert.Null(result.ResponseBody);
    }

    [Fact]
    public async Task HandleWebhook_WelcomeMessageSet_AnswersWithViberWelcomeJson()
    {
        var result = await ViberTest.HandleFixtureAsync("conversation_started.json", welcome: "Hello!\nAsk us anything.");

        Assert.Equal(WebhookOutcome.Accepted, result.Outcome);
        Assert.Empty(result.Events);
        Assert.Equal("application/json", result.ResponseContentType);
        var expected = new JsonObject
        {
            ["sender"] = new JsonObject { ["name"] = ViberTest.SenderName, ["avatar"] = ViberTest.SenderAvatar },
            ["type"] = "text",
            ["text"] = "Hello!\nAsk us anything.",
        };
        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(result.ResponseBody!)), result.ResponseBody);
    }
}
