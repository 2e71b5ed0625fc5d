using OpenChannels.Plugins.Facebook.Tests.Support;
using OpenChannels.Plugins.Meta.Tests;
using OpenChannels.Plugins.Testing;

namespace OpenChannels.Plugins.Facebook.Tests;

public sealed class LifecycleTests
{
    [Fact]
    public async Task ValidateSettings_CompleteSettings_IsValid()
    {
        var result = await new FacebookConnector().ValidateSettingsAsync(new Harness().Settings, CancellationToken.None);

        Assert.True(result.IsValid);
    }

    [Fact]
    public async Task ValidateSettings_MissingAndBadValues_ReportsEachProblem()
    {
        var settings = new Dictionary<string, string>
        {
            ["pageId"] = "my-page",
            ["pageAccessToken"] = "",
            ["graphBaseUrl"] = "ftp://graph",
            ["graphVersion"] = "25",
        };

        var result = await new FacebookConnector().ValidateSettingsAsync(settings, CancellationToken.None);

        Assert.Equal(["appSecret", "graphBaseUrl", "graphVersion", "pageAccessToken", "pageId", "verifyToken"], result.Errors.Keys.Order());
    }

    [Fact]
    public async Task Activate_ValidToken_SubscribesTheAppToPageFields()
    {
        await using var graph = await FakeGraph.StartAsync();
        var harness = new Harness(graph.Base);

        var result = await harness.Connector.ActivateAsync(harness.Connection, CancellationToken.None);

        Assert.True(result.Success);
        var request = Assert.Single(graph.Server.To("/subscribed_apps"));
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/v25.0/{Harness.PageId}/subscribed_apps", request.Path);
        Assert.Equal("messages,messaging_postbacks,message_deliveries,message_reads,message_echoes,feed", request.QueryValues()["subscribed_fields"].ToString());
        Assert.Equal(Harness.PageToken, request.QueryValues()["access_token"].ToString());
    }

    [Fact]
    public async Task Activate_InvalidToken_FailsWithReadableMessage()
    {
        await using var graph = await FakeGraph.StartAsync();
        graph.SubscribeReplies.Enqueue(new GraphReply(400, Fixtures.Text("facebook", "send_api_error_invalid_token.json")));
        var harness = new Harness(graph.Base);

        var result = await harness.Connector.ActivateAsync(harness.Connection, CancellationToken.None);

        Assert.False(result.Success);
        Assert.Contains("The page access token is invalid or expired", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Manifest_ListsHonestCapabilitiesAndSettings()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "plugin.json");
        using var manifest = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(path));
        var root = manifest.RootElement;

        Assert.Equal("facebook", root.GetProperty("id").GetString());
        Assert.Equal("OpenChannels.Plugins.Facebook.dll", root.GetProperty("assembly").GetString());
        Assert.Equal(["text", "files", "readReceipts", "ratingButtons", "comments"], root.GetProperty("capabilities").EnumerateArray().Select(c => c.GetString()));
        var secrets = root.GetProperty("settings").EnumerateArray().Where(s => s.TryGetProperty("secret", out var v) && v.GetBoolean()).Select(s => s.GetProperty("key").GetString());
        Assert.Equal(["pageAccessToken", "appSecret"], secrets);
    }
}
