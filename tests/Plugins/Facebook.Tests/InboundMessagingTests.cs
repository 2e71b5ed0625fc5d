using OpenChannels.Abstractions.Inbound;
using OpenChannels.Plugins.Facebook.Tests.Support;
using OpenChannels.Plugins.Testing;

namespace OpenChannels.Plugins.Facebook.Tests;

public sealed class InboundMessagingTests
{
    private readonly Harness _harness = new();

    [Fact]
    public async Task HandleWebhook_TextMessage_MapsSenderPsidMidTextAndTime()
    {
        var result = await _harness.PostFixtureAsync("messages_text.json");

        Assert.Equal(WebhookOutcome.Accepted, result.Outcome);
        Assert.Equal(200, result.StatusCode);
        var message = Assert.IsType<InboundMessage>(Assert.Single(result.Events));
        Assert.Equal("5678", message.ChatId);
        Assert.Equal("5678", message.User.Id);
        Assert.Equal("external_id", message.MessageId);
        Assert.Equal("Hello World", message.Text);
        Assert.Equal(Harness.FixtureTime, message.Date);
        Assert.False(message.FromBusiness);
    }

    [Fact]
    public async Task HandleWebhook_TextMessage_RecordsLastClientMessageTime()
    {
        await _harness.PostFixtureAsync("messages_text.json");

        Assert.Equal("1459991487970", _harness.Store.Values["last-inbound:5678"]);
    }

    [Fact]
    public async Task HandleWebhook_OlderMessageAfterNewer_KeepsNewestTime()
    {
        await _harness.PostAsync(Fixtures.Text("facebook", "messages_text.json").Replace("1459991487970", "1459991499999", StringComparison.Ordinal));
        await _harness.PostFixtureAsync("messages_text.json");

        Assert.Equal("1459991499999", _harness.Store.Values["last-inbound:5678"]);
    }

    [Fact]
    public async Task HandleWebhook_TwoEntriesInOnePost_ProcessesEveryEntry()
    {
        var result = await _harness.PostFixtureAsync("batched_two_entries.json");

        Assert.Equal(2, result.Events.Count);
        Assert.All(result.Events, e => Assert.Equal("external_id", Assert.IsType<InboundMessage>(e).MessageId));
    }

    [Fact]
    public async Task HandleWebhook_EntriesOfDifferentKinds_ReturnsAllInOrder()
    {
        var text = Fixtures.Text("facebook", "messages_text.json");
        var image = Fixtures.Text("facebook", "messages_attachment_image.json").Replace("external_id", "image_mid", StringComparison.Ordinal);
        var body = $$"""{"object": "page", "entry": [{{EntryOf(text)}}, {{EntryOf(image)}}, {{EntryOf(Fixtures.Text("facebook", "message_delivery.json"))}}]}""";

        var result = await _harness.PostAsync(body);

        Assert.Collection(result.Events,
            e => Assert.Equal("external_id", Assert.IsType<InboundMessage>(e).MessageId),
            e => Assert.Single(Assert.IsType<InboundMessage>(e).Attachments),
            e => Assert.Equal(DeliveryState.Delivered, Assert.IsType<DeliveryStatusChanged>(e).State));
    }

    [Fact]
    public async Task HandleWebhook_ImageAttachment_GivesUrlForTheHostToDownload()
    {
        var result = await _harness.PostFixtureAsync("messages_attachment_image.json");

        var message = Assert.IsType<InboundMessage>(Assert.Single(result.Events));
        Assert.Null(message.Text);
        var attachment = Assert.Single(message.Attachments);
        Assert.Equal("image", attachment.Kind);
        Assert.Equal("https://image-url/foo.png", attachment.Url);
        Assert.Equal("foo.png", attachment.FileName);
        Assert.Null(attachment.Content);
    }

    [Theory]
    [InlineData("file")]
    [InlineData("audio")]
    [InlineData("video")]
    public async Task HandleWebhook_OtherFileKinds_KeepTheirKind(string kind)
    {
        var body = Fixtures.Text("facebook", "messages_attachment_image.json").Replace("\"image\"", $"\"{kind}\"", StringComparison.Ordinal);

        var result = await _harness.PostAsync(body);

        var attachment = Assert.Single(Assert.IsType<InboundMessage>(Assert.Single(result.Events)).Attachments);
        Assert.Equal(kind, attachment.Kind);
        Assert.Equal("https://image-url/foo.png", attachment.Url);
    }

    [Fact]
    public async Task HandleWebhook_Postback_BecomesMessageWithTitleAndStableId()
    {
        var first = await _harness.PostFixtureAsync("messaging_postback.json");
        var redelivered = await _harness.PostFixtureAsync("messaging_postback.json");

        var message = Assert.IsType<InboundMessage>(Assert.Single(first.Events));
        Assert.Equal("postback title", message.Text);
        Assert.Equal("5678", message.ChatId);
        Assert.Equal("postback:5678:1459991487970", message.MessageId);
        Assert.Equal(message.MessageId, Assert.IsType<InboundMessage>(Assert.Single(redelivered.Events)).MessageId);
        Assert.True(_harness.Store.Values.ContainsKey("last-inbound:5678"));
    }

    [Fact]
    public async Task HandleWebhook_PostbackWithMid_UsesMid()
    {
        var body = Fixtures.Text("facebook", "messaging_postback.json").Replace("\"title\"", "\"mid\": \"m_postback1\", \"title\"", StringComparison.Ordinal);

        var result = await _harness.PostAsync(body);

        Assert.Equal("m_postback1", Assert.IsType<InboundMessage>(Assert.Single(result.Events)).MessageId);
    }

    [Fact]
    public async Task HandleWebhook_QuickReplyWithOtherPayload_IsAnOrdinaryMessage()
    {
        var result = await _harness.PostFixtureAsync("official_messages_quick_reply_full_envelope.json");

        var message = Assert.IsType<InboundMessage>(Assert.Single(result.Events));
        Assert.Equal("Green", message.Text);
        Assert.Equal("1254459154682919", message.ChatId);
        Assert.StartsWith("m_AG5Hz2Uq7tuwNEhXfYYKj8mJEM", message.MessageId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleWebhook_QuickReplyWithRatingPayload_BecomesRatingAnswered()
    {
        var body = Fixtures.Text("facebook", "official_messages_quick_reply_full_envelope.json")
            .Replace("DEVELOPER_DEFINED_PAYLOAD_FOR_PICKING_GREEN", "rating:conv-42:5", StringComparison.Ordinal);

        var result = await _harness.PostAsync(body);

        var rating = Assert.IsType<RatingAnswered>(Assert.Single(result.Events));
        Assert.Equal("1254459154682919", rating.ChatId);
        Assert.Equal("rating:conv-42:5", rating.Payload);
        Assert.StartsWith("m_AG5Hz2Uq7tuwNEhXfYYKj8mJEM", rating.EventId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleWebhook_OfficialTextEventInEnvelope_MapsPlaceholderIds()
    {
        var result = await _harness.PostAsync(Harness.Envelope(Fixtures.Text("facebook", "official_messages_text_event.json")));

        var message = Assert.IsType<InboundMessage>(Assert.Single(result.Events));
        Assert.Equal("<PSID>", message.ChatId);
        Assert.Equal("hello, world!", message.Text);
        Assert.Equal("mid.1457764197618:41d102a3e1ae206a38", message.MessageId);
    }

    private static string EntryOf(string envelope) =>
        System.Text.Json.JsonDocument.Parse(envelope).RootElement.GetProperty("entry")[0].GetRawText();
}
