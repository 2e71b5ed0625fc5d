using System.Text.Json.Nodes;
using OpenChannels.Plugins.Testing;

namespace OpenChannels.Plugins.Viber.Tests;

public sealed class ActivationTests
{
    [Fact]
    public async Task Activate_ViberAnswersOk_SetsWebhookWithOfficialShape()
    {
        await using var viber = await FakeViber.StartAsync();
        var connection = ViberTest.Connection(viber.Base);

        var result = await new ViberConnector().ActivateAsync(connection, default);

        Assert.True(result.Success, result.Message);
        var request = Assert.Single(viber.Server.Requests);
        Assert.Equal(("POST", "/set_webhook"), (request.Method, request.Path));
        Assert.Equal(ViberTest.Token, request.Headers["X-Viber-Auth-Token"]);
        var expected = ViberTest.Fixture("set_webhook_request.json");
        expected["url"] = connection.WebhookUrl.AbsoluteUri;
        Assert.True(JsonNode.DeepEquals(expected, ViberTest.Json(request)), request.BodyText);
    }

    [Fact]
    public async Task Activate_NonZeroStatus_FailsWithStatusMessage()
    {
        await using var viber = await FakeViber.StartAsync();
        viber.SetWebhookReply = FakeViberReply.Status(1, "invalidUrl");

        var result = await new ViberConnector().ActivateAsync(ViberTest.Connection(viber.Base), default);

        Assert.False(result.Success);
        Assert.Contains("Viber status 1: invalidUrl", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Activate_WrongToken_FailsWithAuthTokenReason()
    {
        await using var viber = await FakeViber.StartAsync();
        var settings = ViberTest.Settings(viber.Base);
        settings["authToken"] = "wrong";

        var result = await new ViberConnector().ActivateAsync(TestConnection.Create(settings), default);

        Assert.False(result.Success);
        Assert.Contains("authentication token is not valid (Viber status 2: invalidAuthToken)", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Activate_ViberUnreachable_FailsWithoutThrowing()
    {
        var result = await new ViberConnector().ActivateAsync(ViberTest.Connection("http://127.0.0.1:9"), default);

        Assert.False(result.Success);
        Assert.Contains("could not reach Viber", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deactivate_Always_RemovesWebhookWithEmptyUrl()
    {
        await using var viber = await FakeViber.StartAsync();

        await new ViberConnector().DeactivateAsync(ViberTest.Connection(viber.Base), default);

        var request = Assert.Single(viber.Server.Requests);
        Assert.Equal(("POST", "/set_webhook"), (request.Method, request.Path));
        Assert.Equal(ViberTest.Token, request.Headers["X-Viber-Auth-Token"]);
        Assert.True(JsonNode.DeepEquals(new JsonObject { ["url"] = "" }, ViberTest.Json(request)), request.BodyText);
    }
}
