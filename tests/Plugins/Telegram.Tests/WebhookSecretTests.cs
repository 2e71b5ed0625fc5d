using OpenChannels.Abstractions.Inbound;
using OpenChannels.Plugins.Telegram.Inbound;
using OpenChannels.Plugins.Testing;

namespace OpenChannels.Plugins.Telegram.Tests;

public sealed class WebhookSecretTests : TelegramTest
{
    [Fact]
    public async Task HandleWebhook_NoSecretHeader_Rejected()
    {
        var result = await Connector.HandleWebhookAsync(Connection, Webhooks.Post(Fixtures.Bytes("telegram", "update_private_text.json")), Ct);

        Assert.Equal(WebhookOutcome.Rejected, result.Outcome);
        Assert.Empty(result.Events);
    }

    [Theory]
    [InlineData("test-secret_Token-2")]
    [InlineData("test-secret_token-1")]
    [InlineData("")]
    [InlineData("test-secret_Token-1 ")]
    public async Task HandleWebhook_WrongSecretHeader_Rejected(string given)
    {
        var request = Webhooks.Post(Fixtures.Bytes("telegram", "update_private_text.json"), (TelegramSecretCheck.HeaderName, given));

        var result = await Connector.HandleWebhookAsync(Connection, request, Ct);

        Assert.Equal(WebhookOutcome.Rejected, result.Outcome);
        Assert.Empty(result.Events);
    }

    [Fact]
    public async Task HandleWebhook_WrongSecretAndGarbageBody_RejectedBeforeParsing()
    {
        var result = await Connector.HandleWebhookAsync(Connection, Webhooks.Post("{not json", (TelegramSecretCheck.HeaderName, "nope")), Ct);

        Assert.Equal(WebhookOutcome.Rejected, result.Outcome);
    }

    [Fact]
    public async Task HandleWebhook_HeaderNameInOtherCase_Accepted()
    {
        var request = Webhooks.Post(Fixtures.Bytes("telegram", "update_private_text.json"), ("x-telegram-bot-api-secret-token", Secret));

        var result = await Connector.HandleWebhookAsync(Connection, request, Ct);

        Assert.Equal(WebhookOutcome.Accepted, result.Outcome);
    }

    [Fact]
    public async Task HandleWebhook_ConnectionWithoutSecret_RejectsEvenAnEmptyHeader()
    {
        var settings = Settings;
        settings.Remove("secretToken");
        var request = Webhooks.Post(Fixtures.Bytes("telegram", "update_private_text.json"), (TelegramSecretCheck.HeaderName, ""));

        var result = await Connector.HandleWebhookAsync(TestConnection.Create(settings), request, Ct);

        Assert.Equal(WebhookOutcome.Rejected, result.Outcome);
    }

    [Fact]
    public async Task HandleWebhook_RejectedRequest_MakesNoCallToTelegram()
    {
        await Connector.HandleWebhookAsync(Connection, Webhooks.Post(Fixtures.Bytes("telegram", "update_callback_query.json")), Ct);

        Assert.Empty(Telegram.Server.Requests);
    }
}
