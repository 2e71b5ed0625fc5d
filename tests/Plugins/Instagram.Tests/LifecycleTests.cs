using OpenChannels.Plugins.Instagram.Tests.Support;
using OpenChannels.Plugins.Meta.Tests;
using OpenChannels.Plugins.Testing;

namespace OpenChannels.Plugins.Instagram.Tests;

public sealed class LifecycleTests
{
    [Fact]
    public async Task ValidateSettings_MissingAndBadValues_ReportsEachProblem()
    {
        var settings = new Dictionary<string, string> { ["igUserId"] = "@shop", ["accessToken"] = "t", ["graphBaseUrl"] = "not a url" };

        var result = await new InstagramConnector().ValidateSettingsAsync(settings, CancellationToken.None);

        Assert.Equal(["appSecret", "graphBaseUrl", "igUserId", "verifyToken"], result.Errors.Keys.Order());
    }

    [Fact]
    public async Task ValidateSettings_CompleteSettings_IsValid()
    {
        Assert.True((await new InstagramConnector().ValidateSettingsAsync(new IgHarness().Settings, CancellationToken.None)).IsValid);
    }

    [Fact]
    public async Task Activate_ValidToken_ReadsTheAccountWithBearerToken()
    {
        await using var graph = await FakeInstagramGraph.StartAsync();
        var harness = new IgHarness(graph.Base);

        var result = await harness.Connector.ActivateAsync(harness.Connection, CancellationToken.None);

        Assert.True(result.Success);
        var request = Assert.Single(graph.Server.Requests);
        Assert.Equal("GET", request.Method);
        Assert.Equal($"/v25.0/{IgHarness.IgUserId}", request.Path);
        Assert.Equal("id,username", request.QueryValues()["fields"].ToString());
        Assert.Equal($"Bearer {IgHarness.Token}", request.Headers["Authorization"]);
    }

    [Fact]
    public async Task Activate_InvalidToken_FailsWithReadableMessage()
    {
        await using var graph = await FakeInstagramGraph.StartAsync();
        graph.AccountReplies.Enqueue(new GraphReply(400, Fixtures.Text("facebook", "send_api_error_invalid_token.json")));
        var harness = new IgHarness(graph.Base);

        var result = await harness.Connector.ActivateAsync(harness.Connection, CancellationToken.None);

        Assert.False(result.Success);
        Assert.Contains("The Instagram access token is invalid or expired", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Manifest_ListsHonestCapabilities()
    {
        using var manifest = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "plugin.json")));

        Assert.Equal("instagram", manifest.RootElement.GetProperty("id").GetString());
        Assert.Equal(["text", "files", "readReceipts"], manifest.RootElement.GetProperty("capabilities").EnumerateArray().Select(c => c.GetString()));
    }
}
