using System.Text.Json;
using OpenChannels.Abstractions.Inbound;
using OpenChannels.Plugins.Telegram.Tests.Fakes;

namespace OpenChannels.Plugins.Telegram.Tests;

public sealed class InboundEventTests : TelegramTest
{
    [Fact]
    public async Task HandleWebhook_EditedMessage_MapsEditOfTheSameMessageId()
    {
        var original = Single<InboundMessage>(await DeliverFixtureAsync("update_private_text_official.json"));

        var edit = Single<MessageEdited>(await DeliverFixtureAsync("update_edited_message_official.json"));

        Assert.Equal(original.MessageId, edit.MessageId);
        Assert.Equal("1111111", edit.ChatId);
        Assert.Equal("Edited text", edit.NewText);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1441646600), edit.Date);
    }

    [Fact]
    public async Task HandleWebhook_CallbackQuery_RatingWithCallbackIdAndAnswered()
    {
        var rating = Single<RatingAnswered>(await DeliverFixtureAsync("update_callback_query.json"));

        Assert.Equal(new RatingAnswered("427770117", "data", "123"), rating);
        var answer = Assert.Single(Telegram.Calls("answerCallbackQuery"));
        using var body = JsonDocument.Parse(answer.Body);
        Assert.Equal("123", body.RootElement.GetProperty("callback_query_id").GetString());
    }

    [Fact]
    public async Task HandleWebhook_CallbackAnswerFails_RatingStillRecorded()
    {
        Telegram.Enqueue("answerCallbackQuery", 400, FakeTelegramReplies.Error(400, "Bad Request: query is too old and response timeout expired or query ID is invalid"));

        var rating = Single<RatingAnswered>(await DeliverFixtureAsync("update_callback_query.json"));

        Assert.Equal("data", rating.Payload);
    }

    [Fact]
    public async Task HandleWebhook_BotBlocked_ClientUnreachable()
    {
        var change = Single<ClientReachabilityChanged>(await DeliverAsync(TelegramUpdates.MyChatMember("member", "kicked")));

        Assert.Equal(new ClientReachabilityChanged("1111111", "1111111", false, "blocked the bot"), change);
    }

    [Fact]
    public async Task HandleWebhook_BotUnblocked_ClientReachable()
    {
        var change = Single<ClientReachabilityChanged>(await DeliverAsync(TelegramUpdates.MyChatMember("kicked", "member")));

        Assert.True(change.Reachable);
        Assert.Equal("1111111", change.ChatId);
    }

    [Fact]
    public async Task HandleWebhook_BotPromotedInGroup_AcceptedWithoutEvents()
    {
        var result = await DeliverAsync(TelegramUpdates.MyChatMember("member", "administrator", chatType: "supergroup"));

        Assert.Equal(WebhookOutcome.Accepted, result.Outcome);
        Assert.Empty(result.Events);
    }
}
