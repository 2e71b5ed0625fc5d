using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using OpenChannels.Portal.Tests.Infrastructure;
using OpenChannels.Portal.Tests.Plugins.Support;

namespace OpenChannels.Portal.Tests.Plugins;

public sealed class PluginsApiTests : IDisposable
{
    private const string Key = "oc_test_plugins_api_key_0123456789";
    private readonly PortalFactory _portal = new(settings: new Dictionary<string, string?>
    {
        ["OPENCHANNELS_ADMIN_EMAIL"] = "ops@example.com",
        ["OPENCHANNELS_ADMIN_PASSWORD"] = TestAccounts.Password,
        ["OPENCHANNELS_API_KEY"] = Key,
    });

    private string PluginsFolder => Path.Combine(_portal.DataDirectory, "plugins");

    [Fact]
    public async Task List_ShowsStatusReasonLoadTimeAndLastError()
    {
        PluginSandbox.CopyFolder(BuiltPlugins.Loopback, Path.Combine(PluginsFolder, "loopback"));
        PluginSandbox.CopyFolder(BuiltPlugins.TestOnly("missing-dependency"), Path.Combine(PluginsFolder, "missing-dependency"));
        using var client = Client();

        var plugins = await ListUntilAsync(client, 2);

        var loopback = plugins.Single(p => p.GetProperty("id").GetString() == "loopback");
        Assert.Equal("Active", loopback.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.String, loopback.GetProperty("loadedAt").ValueKind);
        Assert.Equal(JsonValueKind.Null, loopback.GetProperty("lastError").ValueKind);
        var broken = plugins.Single(p => p.GetProperty("id").GetString() == "missing-dependency");
        Assert.Equal("Faulted", broken.GetProperty("status").GetString());
        Assert.StartsWith("a dependency is missing: ", broken.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(broken.GetProperty("reason").GetString(), broken.GetProperty("lastError").GetString());
        Assert.Equal(JsonValueKind.String, broken.GetProperty("lastErrorAt").ValueKind);
        Assert.Equal(JsonValueKind.Null, broken.GetProperty("loadedAt").ValueKind);
    }

    [Fact]
    public async Task Upload_GoodPackage_Returns201AndTheActivePlugin()
    {
        using var client = Client();
        using var zip = TestPackage.FromFolder(BuiltPlugins.Loopback).Sign().ToZip();

        var response = await client.PostAsync("/api/v1/connectors", Multipart(zip));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("/api/v1/connectors/loopback", response.Headers.Location!.OriginalString);
        var plugin = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Active", plugin.GetProperty("status").GetString());
        Assert.Equal("Active", (await ListUntilAsync(client, 1)).Single().GetProperty("status").GetString());
    }

    [Fact]
    public async Task Upload_BadPackage_Returns400ProblemWithTheReason()
    {
        using var client = Client();
        using var zip = TestPackage.FromFolder(BuiltPlugins.Loopback).Sign().Set("extra.txt", "x").ToZip();

        var response = await client.PostAsync("/api/v1/connectors", Multipart(zip));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("The plugin package was refused", problem.GetProperty("title").GetString());
        Assert.Equal("'extra.txt' is in the package but not listed in SHA256SUMS", problem.GetProperty("detail").GetString());
    }

    private HttpClient Client()
    {
        var client = _portal.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        return client;
    }

    private static MultipartFormDataContent Multipart(Stream zip)
    {
        var file = new StreamContent(zip);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        return new MultipartFormDataContent { { file, "package", "loopback-1.0.0.zip" } };
    }

    /// <summary>The host loads plugins in the background after start: poll (bounded) until it lists <paramref name="count"/>.</summary>
    private static async Task<List<JsonElement>> ListUntilAsync(HttpClient client, int count)
    {
        List<JsonElement> plugins = [];
        await Eventually.TrueAsync(async () =>
        {
            var json = await client.GetStringAsync("/api/v1/connectors");
            plugins = [.. JsonDocument.Parse(json).RootElement.EnumerateArray().Select(e => e.Clone())];
            return plugins.Count == count;
        }, $"the API listing {count} plugins");
        return plugins;
    }

    public void Dispose() => _portal.Dispose();
}
