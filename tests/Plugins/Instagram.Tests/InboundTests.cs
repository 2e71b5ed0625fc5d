using OpenChannels.Abstractions.Inbound;
using OpenChannels.Plugins.Instagram.Tests.Support;
using OpenChannels.Plugins.Testing;

namespace OpenChannels.Plugins.Instagram.Tests;

public sealed class InboundTests
{
    /// <summary>
    /// The unsend notification as documented for Instagram messaging webhooks (a <c>message</c> with <c>is_deleted: true</c>);
    /// no captured fixture exists, so it is built from the documented shape with the doc's placeholder ids.
    /// </summary>
    private const string UnsendBody = """
        {"object": "instagram", "entry": [{"id": "IGID", "time": 1569262486134, "messaging": [
          {"sender": {"id": "IGSID"}, "recipient": {"id": "IGID"}, "timestamp": 1569262485349,
           "message": {"mid": "MESSAGE-ID", "is_deleted": true}}]}]}
        """;

    private readonly IgHarness _harness = new();

    [Fact]
    public async Task HandleWebhook_Text_MapsIgsidMidAndText()
    {
        var result = await _harness.PostFixtureAsync("messages_text.json");

        var message = Assert.IsType<InboundMessage>(Assert.Single(result.Events));
        Assert.Equal("5678", message.ChatId);
        Assert.Equal("5678", message.User.Id);
        Assert.Equal("external_id", message.MessageId);
        Assert.Equal("Hello World", message.Text);
        Assert.Equal(IgHarness.FixtureTime, message.Date);
        Assert.Equal("1459991487970", _harness.Store.Values["last-inbound:5678"]);
    }

    [Fact]
    public async Task HandleWebhook_Image_GivesUrlForTheHostToDownload()
    {
        var result = await _harness.PostFixtureAsync("messages_attachment_image.json");

        var attachment = Assert.Single(Assert.IsType<InboundMessage>(Assert.Single(result.Events)).Attachments);
        Assert.Equal("image", attachment.Kind);
        Assert.Equal("https://image-url/foo.png", attachment.Url);
    }

    [Fact]
    public async Task HandleWebhook_StoryReply_SetsContextUrlToTheStory()
    {
        var result = await _harness.PostFixtureAsync("story_reply_official.json");

        var message = Assert.IsType<InboundMessage>(Assert.Single(result.Events));
        Assert.Equal("IGSID", message.ChatId);
        Assert.Equal("MESSAGE-ID", message.MessageId);
        Assert.Equal("MESSAGE-TEXT", message.Text);
        Assert.Equal("CDN-URL", message.ContextUrl);
        Assert.Empty(message.Attachments);
    }

    [Fact]
    public async Task HandleWebhook_StoryMention_GivesContextUrlAndExplanatoryText()
    {
        var result = await _harness.PostFixtureAsync("story_mention.json");

        var message = Assert.IsType<InboundMessage>(Assert.Single(result.Events));
        Assert.Equal("https://story-url", message.ContextUrl);
        Assert.Equal("Mentioned you in a story", message.Text);
        Assert.Empty(message.Attachments);
    }

    [Fact]
    public async Task HandleWebhook_Seen_GivesReadStatusForTheMessage()
    {
        var result = await _harness.PostFixtureAsync("messaging_seen_official.json");

        var status = Assert.IsType<DeliveryStatusChanged>(Assert.Single(result.Events));
        Assert.Equal("IGSID", status.ChatId);
        Assert.Equal(DeliveryState.Read, status.State);
        Assert.Equal(["MESSAGE-ID"], status.MessageIds);
        Assert.Empty(_harness.Store.Values);
    }

    [Fact]
    public async Task HandleWebhook_Echo_IsFromBusinessInTheClientsChat()
    {
        var result = await _harness.PostFixtureAsync("message_echo.json");

        var echo = Assert.IsType<InboundMessage>(Assert.Single(result.Events));
        Assert.True(echo.FromBusiness);
        Assert.Equal("5678", echo.ChatId);
        Assert.Equal(IgHarness.IgUserId, echo.User.Id);
        Assert.Equal("qT7ywaK", echo.MessageId);
        Assert.Empty(_harness.Store.Values);
    }

    [Fact]
    public async Task HandleWebhook_Unsend_BecomesMessageDeleted()
    {
        var result = await _harness.PostAsync(UnsendBody);

        var deleted = Assert.IsType<MessageDeleted>(Assert.Single(result.Events));
        Assert.Equal("IGSID", deleted.ChatId);
        Assert.Equal("MESSAGE-ID", deleted.MessageId);
    }

    [Fact]
    public async Task HandleWebhook_IcebreakerPostback_BecomesMessageWithTitle()
    {
        var result = await _harness.PostFixtureAsync("postback_icebreaker.json");

        var message = Assert.IsType<InboundMessage>(Assert.Single(result.Events));
        Assert.Equal("icebreaker question", message.Text);
        Assert.Equal("5678", message.ChatId);
    }

    [Fact]
    public async Task HandleWebhook_FixturesBatchedInOnePost_ProcessesAllEntries()
    {
        string[] files = ["messages_text.json", "story_mention.json", "message_echo.json"];
        var entries = files.Select(f => System.Text.Json.JsonDocument.Parse(Fixtures.Text("instagram", f)).RootElement.GetProperty("entry")[0].GetRawText());

        var result = await _harness.PostAsync($$"""{"object": "instagram", "entry": [{{string.Join(',', entries)}}]}""");

        Assert.Equal(3, result.Events.Count);
        Assert.True(Assert.IsType<InboundMessage>(result.Events[2]).FromBusiness);
    }
}
