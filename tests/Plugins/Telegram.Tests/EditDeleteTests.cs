using System.Text.Json.Nodes;
using OpenChannels.Abstractions.Outbound;
using OpenChannels.Plugins.Telegram.Tests.Fakes;

namespace OpenChannels.Plugins.Telegram.Tests;

public sealed class EditDeleteTests : TelegramTest
{
    [Fact]
    public async Task Edit_SentMessage_PostsEditMessageTextWithParsedIds()
    {
        var sent = await Connector.SendAsync(Connection, new OutboundMessage("1111111", "Helo"), Ct);
        Clock.Advance(TimeSpan.FromSeconds(1));

        var result = await Connector.EditAsync(Connection, new OutboundEdit("1111111", sent.ExternalId!, "Hello"), Ct);

        Assert.Equal(SendResult.Sent(sent.ExternalId!), result);
        var body = JsonNode.Parse(Assert.Single(Telegram.Calls("editMessageText")).Body)!;
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"chat_id":"1111111","message_id":501,"text":"Hello"}"""), body), body.ToJsonString());
    }

    [Fact]
    public async Task Edit_MessageWithCaption_FallsBackToEditMessageCaption()
    {
        Telegram.Enqueue("editMessageText", 400, FakeTelegramReplies.Error(400, "Bad Request: there is no text in the message to edit"));

        var result = await Connector.EditAsync(Connection, new OutboundEdit("1111111", "1111111:77", "New caption"), Ct);

        Assert.Equal(SendOutcome.Sent, result.Outcome);
        var body = JsonNode.Parse(Assert.Single(Telegram.Calls("editMessageCaption")).Body)!;
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"chat_id":"1111111","message_id":77,"caption":"New caption"}"""), body));
    }

    [Fact]
    public async Task Edit_NotModified_TreatedAsDone()
    {
        Telegram.Enqueue("editMessageText", 400, FakeTelegramReplies.Error(400, "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message"));

        var result = await Connector.EditAsync(Connection, new OutboundEdit("1111111", "1111111:77", "Same"), Ct);

        Assert.Equal(SendResult.Sent("1111111:77"), result);
    }

    [Fact]
    public async Task Edit_NegativeGroupChatId_ParsedFromLastColon()
    {
        await Connector.EditAsync(Connection, new OutboundEdit("-1001234567890", "-1001234567890:12", "x"), Ct);

        var body = JsonNode.Parse(Assert.Single(Telegram.Calls("editMessageText")).Body)!;
        Assert.Equal("-1001234567890", body["chat_id"]!.GetValue<string>());
        Assert.Equal(12, body["message_id"]!.GetValue<long>());
    }

    [Fact]
    public async Task Edit_IdThatIsNotTelegrams_FailsWithoutCalling()
    {
        var result = await Connector.EditAsync(Connection, new OutboundEdit("1111111", "1111111:abc", "x"), Ct);

        Assert.Equal(SendOutcome.Failed, result.Outcome);
        Assert.Empty(Telegram.Server.Requests);
    }

    [Fact]
    public async Task Delete_SentMessage_PostsDeleteMessage()
    {
        var result = await Connector.DeleteAsync(Connection, new OutboundDelete("1111111", "1111111:501"), Ct);

        Assert.Equal(SendResult.Sent("1111111:501"), result);
        var call = Assert.Single(Telegram.Calls("deleteMessage"));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"chat_id":"1111111","message_id":501}"""), JsonNode.Parse(call.Body)));
    }

    [Fact]
    public async Task Delete_AlreadyGone_TreatedAsDone()
    {
        Telegram.Enqueue("deleteMessage", 400, FakeTelegramReplies.Error(400, "Bad Request: message to delete not found"));

        var result = await Connector.DeleteAsync(Connection, new OutboundDelete("1111111", "1111111:501"), Ct);

        Assert.Equal(SendOutcome.Sent, result.Outcome);
    }

    [Fact]
    public async Task Delete_TooOld_FailsWithTelegramsDescription()
    {
        Telegram.Enqueue("deleteMessage", 400, FakeTelegramReplies.Error(400, "Bad Request: message can't be deleted for everyone"));

        var result = await Connector.DeleteAsync(Connection, new OutboundDelete("1111111", "1111111:501"), Ct);

        Assert.Equal(SendResult.Failed("Bad Request: message can't be deleted for everyone"), result);
    }
}
