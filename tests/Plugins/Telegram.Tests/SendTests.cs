using System.Text.Json;
using System.Text.Json.Nodes;
using OpenChannels.Abstractions.Outbound;
using OpenChannels.Plugins.Telegram.Tests.Fakes;
using OpenChannels.Plugins.Testing;

namespace OpenChannels.Plugins.Telegram.Tests;

public sealed class SendTests : TelegramTest
{
    [Fact]
    public async Task Send_Text_PostsSendMessageJsonLikeTheFixture()
    {
        var expected = JsonNode.Parse(Fixtures.Text("telegram", "sendMessage_request.json"))!;

        var result = await Connector.SendAsync(Connection, new OutboundMessage(expected["chat_id"]!.GetValue<string>(), expected["text"]!.GetValue<string>()), Ct);

        Assert.Equal(SendOutcome.Sent, result.Outcome);
        var call = Assert.Single(Telegram.Calls("sendMessage"));
        Assert.Equal($"/bot{FakeTelegram.Token}/sendMessage", call.Path);
        Assert.StartsWith("application/json", call.ContentType);
        var body = JsonNode.Parse(call.Body)!.AsObject();
        Assert.Equal(["chat_id", "text"], body.Select(p => p.Key).Order());
        Assert.Equal("12345", body["chat_id"]!.GetValue<string>());
        Assert.Equal("Simple Message", body["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Send_Text_ExternalIdIsChatAndMessageId()
    {
        var result = await Connector.SendAsync(Connection, new OutboundMessage("1111111", "Hello"), Ct);

        Assert.Equal("1111111:501", result.ExternalId);
    }

    [Fact]
    public async Task Send_TruncatedOkResponse_UsesMessageIdWithRequestedChat()
    {
        Telegram.Enqueue("sendMessage", 200, Fixtures.Text("telegram", "sendMessage_response_ok_courier_mock.json"));

        var result = await Connector.SendAsync(Connection, new OutboundMessage("12345", "Simple Message"), Ct);

        Assert.Equal(SendResult.Sent("12345:133"), result);
    }

    [Fact]
    public async Task Send_QuotedReply_AddsReplyParametersWithTelegramMessageId()
    {
        await Connector.SendAsync(Connection, new OutboundMessage("1111111", "Answer") { ReplyToMessageId = "1111111:1365" }, Ct);

        var body = JsonNode.Parse(Assert.Single(Telegram.Calls("sendMessage")).Body)!;
        Assert.True(JsonNode.DeepEquals(
            new JsonObject { ["message_id"] = 1365, ["allow_sending_without_reply"] = true },
            body["reply_parameters"]));
    }

    [Fact]
    public async Task Send_Buttons_AddsInlineKeyboardWithCallbackData()
    {
        var buttons = new[] { new OutboundButton("😞", "rate:1"), new OutboundButton("😐", "rate:2"), new OutboundButton("😊", "rate:3") };

        await Connector.SendAsync(Connection, new OutboundMessage("1111111", "How did we do?") { Buttons = buttons }, Ct);

        var body = JsonNode.Parse(Assert.Single(Telegram.Calls("sendMessage")).Body)!;
        var expected = JsonNode.Parse("""
            {"inline_keyboard":[[{"text":"😞","callback_data":"rate:1"},{"text":"😐","callback_data":"rate:2"},{"text":"😊","callback_data":"rate:3"}]]}
            """);
        Assert.True(JsonNode.DeepEquals(expected, body["reply_markup"]), body["reply_markup"]?.ToJsonString());
    }

    [Fact]
    public async Task Send_SevenButtons_WrapsIntoRowsOfFive()
    {
        var buttons = Enumerable.Range(1, 7).Select(i => new OutboundButton(i.ToString(), "r" + i)).ToArray();

        await Connector.SendAsync(Connection, new OutboundMessage("1111111", "Rate 1-7") { Buttons = buttons }, Ct);

        var rows = JsonNode.Parse(Assert.Single(Telegram.Calls("sendMessage")).Body)!["reply_markup"]!["inline_keyboard"]!.AsArray();
        Assert.Equal([5, 2], rows.Select(r => r!.AsArray().Count));
    }

    [Fact]
    public async Task Send_ButtonPayloadOver64Bytes_FailsWithoutCallingTelegram()
    {
        var message = new OutboundMessage("1111111", "Rate") { Buttons = [new OutboundButton("ok", new string('x', 65))] };

        var result = await Connector.SendAsync(Connection, message, Ct);

        Assert.Equal(SendOutcome.Failed, result.Outcome);
        Assert.Contains("64", result.Reason);
        Assert.Empty(Telegram.Server.Requests);
    }

    [Fact]
    public async Task Send_NothingToSend_Fails()
    {
        var result = await Connector.SendAsync(Connection, new OutboundMessage("1111111", "  "), Ct);

        Assert.Equal(SendOutcome.Failed, result.Outcome);
        Assert.Empty(Telegram.Server.Requests);
    }

    [Fact]
    public async Task Send_TextOverTelegramLimit_SplitsAtLineBreaksAndReturnsFirstId()
    {
        var text = string.Join('\n', Enumerable.Range(0, 300).Select(i => $"Line {i:000} of a long answer from the agent."));

        var result = await WithClockAsync(() => Connector.SendAsync(Connection, new OutboundMessage("1111111", text) { LocalId = "m-long" }, Ct));

        var pieces = Telegram.Calls("sendMessage").Select(c => JsonNode.Parse(c.Body)!["text"]!.GetValue<string>()).ToList();
        Assert.True(pieces.Count > 1);
        Assert.All(pieces, p => Assert.InRange(p.Length, 1, 4096));
        Assert.Equal(text, string.Join('\n', pieces));
        Assert.Equal("1111111:501", result.ExternalId);
    }
}
