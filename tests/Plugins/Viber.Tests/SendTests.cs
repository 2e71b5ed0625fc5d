using System.Text.Json.Nodes;
using OpenChannels.Abstractions.Outbound;
using OpenChannels.Plugins.Testing;

namespace OpenChannels.Plugins.Viber.Tests;

public sealed class SendTests
{
    private const string Receiver = "jc9HsWTZ2Yf2NkRZ8KcNug==";

    [Fact]
    public async Task Send_Text_PostsOfficialTextShapeWithTokenHeader()
    {
        await using var viber = await FakeViber.StartAsync();

        var result = await Send(viber, new OutboundMessage(Receiver, "Hello world!") { LocalId = "tracking data" });

        Assert.Equal(SendResult.Sent("4987381194038857789"), result);
        var request = Assert.Single(viber.Server.Requests);
        Assert.Equal(("POST", "/send_message"), (request.Method, request.Path));
        Assert.Equal(ViberTest.Token, request.Headers["X-Viber-Auth-Token"]);
        Assert.StartsWith("application/json", request.ContentType, StringComparison.Ordinal);
        AssertJson(ViberTest.Fixture("send_message_text_request.json"), ViberTest.Json(request));
    }

    [Fact]
    public async Task Send_OfficialResponse_UsesItsMessageTokenAsExternalId()
    {
        await using var viber = await FakeViber.StartAsync();
        viber.SendReplies.Enqueue(FakeViberReply.Ok(Fixtures.Text("viber", "send_message_response.json")));

        var result = await Send(viber, new OutboundMessage(Receiver, "Hello world!") { LocalId = "l1" });

        Assert.Equal(SendResult.Sent("1234567890"), result);
    }

    [Fact]
    public async Task Send_PictureWithShortText_PostsPictureWithCaptionAndPublicUrl()
    {
        await using var viber = await FakeViber.StartAsync();
        var picture = new OutboundAttachment("picture.jpg", "image/jpeg", new byte[] { 1, 2, 3 }) { PublicUrl = "http://media.example.com/picture.jpg" };

        var result = await Send(viber, new OutboundMessage(Receiver, "My picture") { LocalId = "tracking data", Attachments = [picture] });

        Assert.Equal(SendOutcome.Sent, result.Outcome);
        var expected = ViberTest.Fixture("send_message_picture_request.json").AsObject();
        expected.Remove("thumbnail"); // the portal has no separate thumbnail; Viber makes one
        AssertJson(expected, ViberTest.Json(Assert.Single(viber.Server.Requests)));
    }

    [Fact]
    public async Task Send_File_PostsFileWithSizeAndName()
    {
        await using var viber = await FakeViber.StartAsync();
        var pdf = new OutboundAttachment("file.pdf", "application/pdf", new byte[3861]) { PublicUrl = "http://media.example.com/file.pdf" };

        await Send(viber, new OutboundMessage(Receiver, null) { LocalId = "l2", Attachments = [pdf] });

        var expected = new JsonObject
        {
            ["receiver"] = Receiver,
            ["min_api_version"] = 1,
            ["sender"] = new JsonObject { ["name"] = ViberTest.SenderName, ["avatar"] = ViberTest.SenderAvatar },
            ["tracking_data"] = "l2",
            ["type"] = "file",
            ["media"] = "http://media.example.com/file.pdf",
            ["size"] = 3861,
            ["file_name"] = "file.pdf",
        };
        AssertJson(expected, ViberTest.Json(Assert.Single(viber.Server.Requests)));
    }

    [Fact]
    public async Task Send_TextWithFile_SendsTextThenFileAndReturnsLastToken()
    {
        await using var viber = await FakeViber.StartAsync();
        viber.SendReplies.Enqueue(FakeViberReply.Ok(Fixtures.Text("viber", "send_message_response.json")));
        var pdf = new OutboundAttachment("a.pdf", "application/pdf", new byte[10]) { PublicUrl = "https://portal.example.com/files/a.pdf" };

        var result = await Send(viber, new OutboundMessage(Receiver, "See attached") { LocalId = "l3", Attachments = [pdf] });

        Assert.Equal(SendResult.Sent("4987381194038857789"), result);
        var types = viber.Server.To("/send_message").Select(r => ViberTest.Json(r)["type"]!.GetValue<string>());
        Assert.Equal(["text", "file"], types);
    }

    [Fact]
    public async Task Send_AttachmentWithoutPublicUrl_FailsWithoutCallingViber()
    {
        await using var viber = await FakeViber.StartAsync();
        var file = new OutboundAttachment("a.pdf", "application/pdf", new byte[10]);

        var result = await Send(viber, new OutboundMessage(Receiver, "x") { LocalId = "l4", Attachments = [file] });

        Assert.Equal(SendOutcome.Failed, result.Outcome);
        Assert.Contains("Viber needs a public URL for files", result.Reason, StringComparison.Ordinal);
        Assert.Empty(viber.Server.Requests);
    }

    [Fact]
    public async Task Send_Buttons_AttachesReplyKeyboard()
    {
        await using var viber = await FakeViber.StartAsync();
        OutboundButton[] buttons = [new("Good", "rating:good"), new("Bad", "rating:bad")];

        await Send(viber, new OutboundMessage(Receiver, "How did we do?") { LocalId = "l5", Buttons = buttons });

        var keyboard = ViberTest.Json(Assert.Single(viber.Server.Requests))["keyboard"];
        var expected = JsonNode.Parse("""
            {"Type":"keyboard","DefaultHeight":false,"Buttons":[
              {"ActionType":"reply","ActionBody":"rating:good","Text":"Good","Columns":3,"Rows":1,"Silent":true},
              {"ActionType":"reply","ActionBody":"rating:bad","Text":"Bad","Columns":3,"Rows":1,"Silent":true}]}
            """);
        AssertJson(expected!, keyboard!);
    }

    [Fact]
    public async Task Send_TextLongerThanViberLimit_SplitsIntoTwoMessages()
    {
        await using var viber = await FakeViber.StartAsync();
        var text = new string('a', 7000) + "tail";

        await Send(viber, new OutboundMessage(Receiver, text) { LocalId = "l6" });

        var texts = viber.Server.To("/send_message").Select(r => ViberTest.Json(r)["text"]!.GetValue<string>()).ToList();
        Assert.Equal([new string('a', 7000), "tail"], texts);
    }

    internal static async Task<SendResult> Send(FakeViber viber, OutboundMessage message, Abstractions.Hosting.IConnectorStore? store = null) =>
        await new ViberConnector().SendAsync(ViberTest.Connection(viber.Base, store: store), message, CancellationToken.None);

    private static void AssertJson(JsonNode expected, JsonNode actual) =>
        Assert.True(JsonNode.DeepEquals(expected, actual), $"expected {expected.ToJsonString()}\nactual   {actual.ToJsonString()}");
}
