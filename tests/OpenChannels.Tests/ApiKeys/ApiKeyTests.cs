using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using OpenChannels.Portal.Api;
using OpenChannels.Portal.ApiKeys;
using OpenChannels.Portal.Identity;
using OpenChannels.Portal.Tests.Infrastructure;

namespace OpenChannels.Portal.Tests.ApiKeys;

public sealed class ApiKeyTests
{
    private const string EnvKey = "oc_test_automation_key_0123456789";

    [Fact]
    public async Task Api_WithoutKey_Returns401ProblemDetails()
    {
        using var portal = new PortalFactory();
        using var client = portal.CreateClient();

        var response = await client.GetAsync("/api/v1/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Api_EnvironmentKey_ActsAsTheAdministrator()
    {
        using var portal = NewPortalWithEnvKey();
        using var client = portal.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", EnvKey);

        var me = await client.GetFromJsonAsync<MeResponse>("/api/v1/me");

        Assert.Equal("ops@example.com", me!.Name);
        Assert.Contains(Roles.Administrator, me.Roles);
        var key = Assert.Single(await portal.Services.GetRequiredService<ApiKeyService>().ListAsync(CancellationToken.None));
        Assert.NotNull(key.LastUsedAt);
    }

    [Fact]
    public async Task Api_RevokedKey_Returns401()
    {
        using var portal = NewPortalWithEnvKey();
        var keys = portal.Services.GetRequiredService<ApiKeyService>();
        var admin = (await portal.Services.GetRequiredService<UserAdminService>().ListAsync(CancellationToken.None)).Single();
        var (key, secret) = await keys.CreateAsync("ci", admin.Id, CancellationToken.None);
        using var client = portal.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/me")).StatusCode);

        Assert.True(await keys.RevokeAsync(key.Id, CancellationToken.None));

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task ApiKeys_AreStoredHashed_TheDatabaseFileNeverHoldsTheKey()
    {
        string dataDirectory;
        using (var portal = NewPortalWithEnvKey())
        {
            dataDirectory = portal.DataDirectory;
            using var client = portal.CreateClient();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", EnvKey);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/me")).StatusCode);
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            var files = Directory.GetFiles(portal.DataDirectory, "openchannels.db*");
            var bytes = files.SelectMany(File.ReadAllBytes).ToArray();
            Assert.DoesNotContain(EnvKey, System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
            Assert.Contains(ApiKeyService.Hash(EnvKey), System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        }
    }

    private static PortalFactory NewPortalWithEnvKey() => new(settings: new Dictionary<string, string?>
    {
        ["OPENCHANNELS_ADMIN_EMAIL"] = "ops@example.com",
        ["OPENCHANNELS_ADMIN_PASSWORD"] = TestAccounts.Password,
        ["OPENCHANNELS_API_KEY"] = EnvKey,
    });
}
