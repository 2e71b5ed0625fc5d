using OpenChannels.Abstractions.Inbound;

namespace OpenChannels.Plugins.Viber.Tests;

public sealed class InboundMessageTests
{
    [Fact]
    public async Task HandleWebhook_TextFixture_MapsMessageUserAndExactToken()
    {
        var result = await ViberTest.HandleFixtureAsync("message_text.json");

        Assert.Equal(WebhookOutcome.Accepted, result.Outcome);
        var message = Assert.IsType<InboundMessage>(Assert.Single(result.Events));
        Assert.Equal("xy5/5y6O81+/kbWHpLhBoA==", message.ChatId);
        Assert.Equal("4987381189870374000", message.MessageId);
        Assert.Equal("incoming msg", message.Text);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1481142112807), message.Date);
        Assert.Equal(new ExternalUser("xy5/5y6O81+/kbWHpLhBoA==", "ET3"), message.User);
        Assert.Empty(message.Attachments);
    }

    [Fact]
    public async Task HandleWebhook_PictureFixture_GivesImageUrlCaptionAndFullUser()
    {
        var result = await ViberTest.HandleFixtureAsync("message_picture.json");

        var message = Assert.IsType<InboundMessage>(Assert.Single(result.Events));
        Assert.Equal("4912661846655238145", message.MessageId);
        Assert.Equal("a message to the service", message.Text);
        Assert.Equal(new ExternalUser("01234567890A=", "John McClane", "http://avatar.example.com", "en"), message.User);
        var picture = Assert.Single(message.Attachments);
        Assert.Equal("image", picture.Kind);
        Assert.Equal("http://example.com/img.jpg", picture.Url);
        Assert.Null(picture.Content);
    }

    [Fact]
    public async Task HandleWebhook_BigMessageToken_KeepsEveryDigit()
    {
        // 4912661846655238145 becomes 4912661846655238000 when it passes through a double.
        var result = await ViberTest.HandleAsync(ViberCallbacks.Message("""{"type":"text","text":"hi"}""", "9223372036854775807"));

        Assert.Equal("9223372036854775807", Assert.IsType<InboundMessage>(Assert.Single(result.Events)).MessageId);
    }

    [Fact]
    public async Task HandleWebhook_QuotedMessageToken_IsAccepted()
    {
        var result = await ViberTest.HandleAsync(ViberCallbacks.Message("""{"type":"text","text":"hi"}""", "\"4912661846655238145\""));

        Assert.Equal(ViberCallbacks.Token, Assert.IsType<InboundMessage>(Assert.Single(result.Events)).MessageId);
    }

    [Fact]
    public async Task HandleWebhook_File_GivesUrlNameAndSizeForTheHostToDownload()
    {
        var result = await ViberTest.HandleAsync(ViberCallbacks.Message(ViberCallbacks.File));

        var message = Assert.IsType<InboundMessage>(Assert.Single(result.Events));
        Assert.Equal(ViberCallbacks.Token, message.MessageId);
        Assert.Equal(ViberCallbacks.SenderId, message.ChatId);
        Assert.Null(message.Text);
        var file = Assert.Single(message.Attachments);
        Assert.Equal(("file", "file.pdf", "http://media.example.com/file.pdf", 3861139L), (file.Kind, file.FileName, file.Url, file.Size));
    }

    [Fact]
    public async Task HandleWebhook_Video_GivesVideoAttachmentWithSize()
    {
        var result = await ViberTest.HandleAsync(ViberCallbacks.Message(ViberCallbacks.Video));

        var video = Assert.Single(Assert.IsType<InboundMessage>(Assert.Single(result.Events)).Attachments);
        Assert.Equal(("video", "http://media.example.com/video.mp4", 3861139L), (video.Kind, video.Url, video.Size));
    }

    [Fact]
    public async Task HandleWebhook_Location_GivesLocationAttachmentAndText()
    {
        var result = await ViberTest.HandleAsync(ViberCallbacks.Message(ViberCallbacks.Location));

        var message = Assert.IsType<InboundMessage>(Assert.Single(result.Events));
        var location = Assert.Single(message.Attachments);
        Assert.Equal("location", location.Kind);
        Assert.Equal("50.76891,6.11499", location.Description);
        Assert.Null(location.Url);
        Assert.Equal("Location: 50.76891,6.11499", message.Text);
    }

    [Fact]
    public async Task HandleWebhook_Contact_DescribesCardWithoutTakingItAsSenderPhone()
    {
        var result = await ViberTest.HandleAsync(ViberCallbacks.Message(ViberCallbacks.Contact));

        var message = Assert.IsType<InboundMessage>(Assert.Single(result.Events));
        var contact = Assert.Single(message.Attachments);
        Assert.Equal("contact", contact.Kind);
        Assert.Equal("Alex +12067799191", contact.Description);
        Assert.Equal("Contact: Alex +12067799191", message.Text);
        Assert.Null(message.User.Phone);
    }

    [Fact]
    public async Task HandleWebhook_Sticker_GivesStickerAttachment()
    {
        var result = await ViberTest.HandleAsync(ViberCallbacks.Message(ViberCallbacks.Sticker));

        var sticker = Assert.Single(Assert.IsType<InboundMessage>(Assert.Single(result.Events)).Attachments);
        Assert.Equal(("sticker", "Viber sticker 40133"), (sticker.Kind, sticker.Description));
    }

    [Fact]
    public async Task HandleWebhook_Url_GivesTheUrlAsText()
    {
        var result = await ViberTest.HandleAsync(ViberCallbacks.Message(ViberCallbacks.Url));

        var message = Assert.IsType<InboundMessage>(Assert.Single(result.Events));
        Assert.Equal("http://www.example.com", message.Text);
        Assert.Empty(message.Attachments);
    }

    [Fact]
    public async Task HandleWebhook_KeyboardPressWithRatingPayload_GivesRatingAnswered()
    {
        var result = await ViberTest.HandleAsync(ViberCallbacks.Message(ViberCallbacks.RatingPress));

        var rating = Assert.IsType<RatingAnswered>(Assert.Single(result.Events));
        Assert.Equal(new RatingAnswered(ViberCallbacks.SenderId, "rating:5", ViberCallbacks.Token), rating);
    }

    [Fact]
    public async Task HandleWebhook_UnknownMessageType_KeepsTextSoNothingIsLost()
    {
        var result = await ViberTest.HandleAsync(ViberCallbacks.Message("""{"type":"rich_media","text":"card text"}"""));

        Assert.Equal("card text", Assert.IsType<InboundMessage>(Assert.Single(result.Events)).Text);
    }
}
