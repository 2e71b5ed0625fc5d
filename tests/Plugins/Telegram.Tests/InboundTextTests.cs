using System.Text.Json.Nodes;
using OpenChannels.Abstractions.Inbound;
using OpenChannels.Plugins.Testing;

namespace OpenChannels.Plugins.Telegram.Tests;

public sealed class InboundTextTests : TelegramTest
{
    [Fact]
    public async Task HandleWebhook_PrivateText_MapsMessageWithChatScopedId()
    {
        var message = Single<InboundMessage>(await DeliverFixtureAsync("update_private_text.json"));

        Assert.Equal("3527065", message.ChatId);
        Assert.Equal("3527065:41", message.MessageId);
        Assert.Equal("Hello World", message.Text);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1454119029), message.Date);
        Assert.Empty(message.Attachments);
        Assert.Null(message.ReplyToMessageId);
        Assert.Equal(new ExternalUser("3527065", "Nic Pottier", Username: "nicpottier"), message.User);
    }

    [Fact]
    public async Task HandleWebhook_OfficialSampleText_MapsCommandTextAndUser()
    {
        var message = Single<InboundMessage>(await DeliverFixtureAsync("update_private_text_official.json"));

        Assert.Equal("1111111", message.ChatId);
        Assert.Equal("1111111:1365", message.MessageId);
        Assert.Equal("/start", message.Text);
        Assert.Equal("Test Firstname Test Lastname", message.User.Name);
        Assert.Equal("Testusername", message.User.Username);
        Assert.Null(message.User.LanguageCode);
    }

    [Fact]
    public async Task HandleWebhook_UserWithLanguageAndUsername_CarriesBoth()
    {
        var message = Single<InboundMessage>(await DeliverFixtureAsync("update_user_language_code_username.json"));

        Assert.Equal(new ExternalUser("12345678", "FirstName LastName", LanguageCode: "ru", Username: "username"), message.User);
        Assert.Equal("12345678:11223", message.MessageId);
        Assert.Equal("Hi, world!", message.Text);
    }

    [Fact]
    public async Task HandleWebhook_SameUpdateTwice_SameMessageId()
    {
        var first = Single<InboundMessage>(await DeliverFixtureAsync("update_private_text.json"));
        var second = Single<InboundMessage>(await DeliverFixtureAsync("update_private_text.json"));

        Assert.Equal(first.MessageId, second.MessageId);
        Assert.Equal(first.ChatId, second.ChatId);
    }

    [Fact]
    public async Task HandleWebhook_SameMessageIdInTwoChats_DifferentMessageIds()
    {
        var other = JsonNode.Parse(Fixtures.Text("telegram", "update_private_text.json"))!;
        other["message"]!["chat"]!["id"] = 42;
        other["message"]!["from"]!["id"] = 42;

        var first = Single<InboundMessage>(await DeliverFixtureAsync("update_private_text.json"));
        var second = Single<InboundMessage>(await DeliverAsync(other.ToJsonString()));

        Assert.NotEqual(first.MessageId, second.MessageId);
        Assert.Equal("42:41", second.MessageId);
    }

    [Fact]
    public async Task HandleWebhook_ReplyToMessage_GivesRepliedIdInSameForm()
    {
        var update = JsonNode.Parse(Fixtures.Text("telegram", "update_private_text_official.json"))!;
        update["message"]!["reply_to_message"] = new JsonObject
        {
            ["message_id"] = 1300, ["from"] = new JsonObject { ["id"] = 123456789, ["is_bot"] = true, ["first_name"] = "Fake bot" },
            ["chat"] = update["message"]!["chat"]!.DeepClone(), ["date"] = 1441645000, ["text"] = "How can we help?",
        };

        var message = Single<InboundMessage>(await DeliverAsync(update.ToJsonString()));

        Assert.Equal("1111111:1300", message.ReplyToMessageId);
    }

    [Fact]
    public async Task HandleWebhook_GroupMessage_AcceptedWithoutEvents()
    {
        var update = JsonNode.Parse(Fixtures.Text("telegram", "update_private_text.json"))!;
        update["message"]!["chat"] = new JsonObject { ["id"] = -1001234567890, ["title"] = "Some group", ["type"] = "supergroup" };

        var result = await DeliverAsync(update.ToJsonString());

        Assert.Equal(WebhookOutcome.Accepted, result.Outcome);
        Assert.Empty(result.Events);
    }

    [Fact]
    public async Task HandleWebhook_Location_KeptAsDescribedAttachment()
    {
        var body = TelegramUpdates.Message(1500, "location", new JsonObject { ["latitude"] = 52.520008, ["longitude"] = 13.404954 });

        var message = Single<InboundMessage>(await DeliverAsync(body));

        var attachment = Assert.Single(message.Attachments);
        Assert.Equal("location", attachment.Kind);
        Assert.Equal("Location: 52.520008, 13.404954", attachment.Description);
    }

    [Fact]
    public async Task HandleWebhook_UnknownContent_KeptAsUnsupportedNotDropped()
    {
        var body = TelegramUpdates.Message(1501, "dice", new JsonObject { ["emoji"] = "🎲", ["value"] = 4 });

        var message = Single<InboundMessage>(await DeliverAsync(body));

        Assert.Null(message.Text);
        Assert.Contains("cannot show", Assert.Single(message.Attachments).Description);
    }
}
