using System.Text.Json.Nodes;
using OpenChannels.Abstractions.Outbound;
using OpenChannels.Plugins.Telegram.Tests.Fakes;
using OpenChannels.Plugins.Testing;

namespace OpenChannels.Plugins.Telegram.Tests;

public sealed class SendFileTests : TelegramTest
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3];
    private static readonly byte[] Pdf = "%PDF-1.4 test"u8.ToArray();

    [Fact]
    public async Task Send_Image_UploadsSendPhotoMultipartWithCaptionLikeTheFixture()
    {
        var fixture = JsonNode.Parse(Fixtures.Text("telegram", "sendPhoto_request_json_body.json"))!;
        var chatId = fixture["chat_id"]!.GetValue<string>();
        var caption = fixture["caption"]!.GetValue<string>();

        var result = await Connector.SendAsync(Connection, new OutboundMessage(chatId, caption) { Attachments = [new OutboundAttachment("giraffe.png", "image/png", Png)] }, Ct);

        Assert.Equal(SendResult.Sent($"{chatId}:501"), result);
        var call = Assert.Single(Telegram.Calls("sendPhoto"));
        Assert.Equal($"/bot{FakeTelegram.Token}/sendPhoto", call.Path);
        var form = await RecordedForm.ParseAsync(call);
        Assert.Equal(new Dictionary<string, string> { ["chat_id"] = chatId, ["caption"] = caption }, form.Fields);
        var photo = form.Files["photo"];
        Assert.Equal(("giraffe.png", "image/png"), (photo.FileName, photo.ContentType));
        Assert.Equal(Png, photo.Content);
        Assert.Empty(Telegram.Calls("sendMessage"));
    }

    [Fact]
    public async Task Send_Pdf_UploadsSendDocumentMultipart()
    {
        await Connector.SendAsync(Connection, new OutboundMessage("1111111", "Your invoice") { Attachments = [new OutboundAttachment("invoice.pdf", "application/pdf", Pdf)] }, Ct);

        var form = await RecordedForm.ParseAsync(Assert.Single(Telegram.Calls("sendDocument")));
        Assert.Equal("Your invoice", form.Fields["caption"]);
        Assert.Equal(("invoice.pdf", "application/pdf"), (form.Files["document"].FileName, form.Files["document"].ContentType));
        Assert.Equal(Pdf, form.Files["document"].Content);
    }

    [Fact]
    public async Task Send_NonAsciiFileName_ReachesTelegramUnchanged()
    {
        await Connector.SendAsync(Connection, new OutboundMessage("1111111", null) { Attachments = [new OutboundAttachment("счёт №5.pdf", "application/pdf", Pdf)] }, Ct);

        var form = await RecordedForm.ParseAsync(Assert.Single(Telegram.Calls("sendDocument")));
        Assert.Equal("счёт №5.pdf", form.Files["document"].FileName);
        Assert.False(form.Fields.ContainsKey("caption"));
    }

    [Fact]
    public async Task Send_FileWithReplyAndButtons_PutsThemInFormAsJson()
    {
        var message = new OutboundMessage("1111111", "Rate this photo")
        {
            Attachments = [new OutboundAttachment("a.png", "image/png", Png)],
            ReplyToMessageId = "1111111:1365",
            Buttons = [new OutboundButton("👍", "up")],
        };

        await Connector.SendAsync(Connection, message, Ct);

        var form = await RecordedForm.ParseAsync(Assert.Single(Telegram.Calls("sendPhoto")));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"message_id":1365,"allow_sending_without_reply":true}"""), JsonNode.Parse(form.Fields["reply_parameters"])));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"inline_keyboard":[[{"text":"👍","callback_data":"up"}]]}"""), JsonNode.Parse(form.Fields["reply_markup"])));
    }

    [Fact]
    public async Task Send_TwoFilesAndLongText_TextFirstThenFilesReplyOnFirstButtonsOnLast()
    {
        var message = new OutboundMessage("1111111", new string('a', 1500))
        {
            LocalId = "m-2files",
            Attachments = [new OutboundAttachment("a.png", "image/png", Png), new OutboundAttachment("b.pdf", "application/pdf", Pdf)],
            ReplyToMessageId = "1111111:7",
            Buttons = [new OutboundButton("ok", "ok")],
        };

        var result = await WithClockAsync(() => Connector.SendAsync(Connection, message, Ct));

        Assert.Equal(["sendMessage", "sendPhoto", "sendDocument"], Telegram.Server.Requests.Select(r => r.Path.Split('/')[^1]));
        var text = JsonNode.Parse(Assert.Single(Telegram.Calls("sendMessage")).Body)!;
        Assert.NotNull(text["reply_parameters"]);
        Assert.Null(text["reply_markup"]);
        var photo = await RecordedForm.ParseAsync(Assert.Single(Telegram.Calls("sendPhoto")));
        Assert.False(photo.Fields.ContainsKey("caption"));
        var document = await RecordedForm.ParseAsync(Assert.Single(Telegram.Calls("sendDocument")));
        Assert.True(document.Fields.ContainsKey("reply_markup"));
        Assert.Equal("1111111:501", result.ExternalId);
        Assert.Empty(Store.Values);
    }

    [Fact]
    public async Task Send_RetryAfterSecondFileFailed_DoesNotResendTheFirst()
    {
        var message = new OutboundMessage("1111111", "Two files")
        {
            LocalId = "m-retry",
            Attachments = [new OutboundAttachment("a.png", "image/png", Png), new OutboundAttachment("b.pdf", "application/pdf", Pdf)],
        };
        Telegram.Enqueue("sendDocument", 502, "<html>Bad Gateway</html>");

        var first = await WithClockAsync(() => Connector.SendAsync(Connection, message, Ct));
        Clock.Advance(first.RetryAfter);
        var second = await WithClockAsync(() => Connector.SendAsync(Connection, message, Ct));

        Assert.Equal(SendOutcome.Retry, first.Outcome);
        Assert.Equal(SendResult.Sent("1111111:501"), second);
        Assert.Single(Telegram.Calls("sendPhoto"));
        Assert.Equal(2, Telegram.Calls("sendDocument").Count);
    }

    [Fact]
    public async Task Send_PhotoWithDimensionsTelegramRefuses_ResentAsDocument()
    {
        Telegram.Enqueue("sendPhoto", 400, FakeTelegramReplies.Error(400, "Bad Request: PHOTO_INVALID_DIMENSIONS"));

        var result = await WithClockAsync(() => Connector.SendAsync(Connection, new OutboundMessage("1111111", "Panorama") { Attachments = [new OutboundAttachment("wide.jpg", "image/jpeg", Png)] }, Ct));

        Assert.Equal(SendOutcome.Sent, result.Outcome);
        var form = await RecordedForm.ParseAsync(Assert.Single(Telegram.Calls("sendDocument")));
        Assert.Equal(("wide.jpg", "Panorama"), (form.Files["document"].FileName, form.Fields["caption"]));
    }

    [Fact]
    public async Task Send_FileOverHostLimit_FailsWithoutUploading()
    {
        var message = new OutboundMessage("1111111", null) { Attachments = [new OutboundAttachment("big.bin", "application/octet-stream", new byte[2048])] };

        var result = await Connector.SendAsync(Connection with { MaxFileBytes = 1024 }, message, Ct);

        Assert.Equal(SendOutcome.Failed, result.Outcome);
        Assert.Contains("big.bin", result.Reason);
        Assert.Empty(Telegram.Server.Requests);
    }
}
