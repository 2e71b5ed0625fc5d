using System.Text.Json;
using OpenChannels.Plugins.Telegram.Tests.Fakes;
using OpenChannels.Plugins.Testing;

namespace OpenChannels.Plugins.Telegram.Tests;

public sealed class ActivationTests : TelegramTest
{
    [Fact]
    public async Task Activate_WithSecret_PostsSetWebhookJsonWithUrlSecretAndAllowedUpdates()
    {
        var result = await Connector.ActivateAsync(Connection, Ct);

        Assert.True(result.Success);
        Assert.Null(result.GeneratedSettings);
        var call = Assert.Single(Telegram.Calls("setWebhook"));
        Assert.Equal("POST", call.Method);
        Assert.Equal($"/bot{FakeTelegram.Token}/setWebhook", call.Path);
        Assert.StartsWith("application/json", call.ContentType);
        using var body = JsonDocument.Parse(call.Body);
        Assert.Equal("https://portal.example.com/webhooks/c-test", body.RootElement.GetProperty("url").GetString());
        Assert.Equal(Secret, body.RootElement.GetProperty("secret_token").GetString());
        Assert.Equal(
            ["message", "edited_message", "callback_query", "my_chat_member"],
            body.RootElement.GetProperty("allowed_updates").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Activate_WithoutSecret_GeneratesOneAndRegistersIt()
    {
        var settings = Settings;
        settings.Remove("secretToken");

        var result = await Connector.ActivateAsync(TestConnection.Create(settings), Ct);

        Assert.True(result.Success);
        var generated = result.GeneratedSettings!["secretToken"];
        Assert.Matches("^[A-Za-z0-9_-]{32,256}$", generated);
        using var body = JsonDocument.Parse(Assert.Single(Telegram.Calls("setWebhook")).Body);
        Assert.Equal(generated, body.RootElement.GetProperty("secret_token").GetString());
    }

    [Fact]
    public async Task Activate_TwiceWithoutSecret_GeneratesDifferentSecrets()
    {
        var settings = Settings;
        settings.Remove("secretToken");

        var first = await Connector.ActivateAsync(TestConnection.Create(settings), Ct);
        var second = await Connector.ActivateAsync(TestConnection.Create(settings), Ct);

        Assert.NotEqual(first.GeneratedSettings!["secretToken"], second.GeneratedSettings!["secretToken"]);
    }

    [Fact]
    public async Task Activate_TelegramRefuses_FailsWithItsDescription()
    {
        Telegram.Enqueue("setWebhook", 400, FakeTelegramReplies.Error(400, "Bad Request: bad webhook: HTTPS url must be provided for webhook"));

        var result = await Connector.ActivateAsync(Connection, Ct);

        Assert.False(result.Success);
        Assert.Contains("Bad Request: bad webhook: HTTPS url must be provided for webhook", result.Message);
    }

    [Fact]
    public async Task Activate_WrongToken_FailsWithReadableReasonWithoutToken()
    {
        var settings = Settings;
        settings["botToken"] = "987654321:SOME-other_token-that-the-fake-rejects0";

        var result = await Connector.ActivateAsync(TestConnection.Create(settings), Ct);

        Assert.False(result.Success);
        Assert.Contains("Unauthorized", result.Message);
        Assert.DoesNotContain("SOME-other_token", result.Message);
    }

    [Fact]
    public async Task Activate_TelegramUnreachable_FailsInsteadOfThrowing()
    {
        var settings = Settings;
        settings["apiBaseUrl"] = "http://127.0.0.1:1"; // nothing listens on port 1

        var result = await Connector.ActivateAsync(TestConnection.Create(settings), Ct);

        Assert.False(result.Success);
        Assert.Contains("could not be reached", result.Message);
    }

    [Fact]
    public async Task Deactivate_Always_CallsDeleteWebhook()
    {
        await Connector.DeactivateAsync(Connection, Ct);

        var call = Assert.Single(Telegram.Calls("deleteWebhook"));
        Assert.Equal($"/bot{FakeTelegram.Token}/deleteWebhook", call.Path);
    }

    [Fact]
    public async Task Deactivate_TelegramFails_DoesNotThrow()
    {
        Telegram.Enqueue("deleteWebhook", 500, FakeTelegramReplies.Error(500, "Internal Server Error"));

        await Connector.DeactivateAsync(Connection, Ct);

        Assert.Single(Telegram.Calls("deleteWebhook"));
    }
}
