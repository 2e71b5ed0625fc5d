using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit.Abstractions;

namespace OpenChannels.E2E.Infrastructure;

/// <summary>
/// A story's own portal process with a first administrator and an API key, and a loopback channel whose messenger is a
/// <see cref="LoopbackReceiver"/>. When the story fails, the portal's log is printed: it says what the browser cannot.
/// </summary>
public static class StoryPortal
{
    public static async Task RunAsync(
        string email, string password, ITestOutputHelper output, Func<PortalProcess, HttpClient, Task> story, IReadOnlyDictionary<string, string>? environment = null)
    {
        var apiKey = "oc_story_" + Guid.NewGuid().ToString("N");
        await using var portal = await PortalProcess.StartAsync(new Dictionary<string, string>(environment ?? new Dictionary<string, string>())
        {
            ["OPENCHANNELS_ADMIN_EMAIL"] = email,
            ["OPENCHANNELS_ADMIN_PASSWORD"] = password,
            ["OPENCHANNELS_API_KEY"] = apiKey,
        });
        using var api = new HttpClient { BaseAddress = portal.BaseUrl, Timeout = TimeSpan.FromSeconds(30) };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        try
        {
            await story(portal, api);
        }
        catch
        {
            output.WriteLine(portal.Output);
            throw;
        }
    }

    /// <summary>Creates a channel (with <paramref name="channel"/>'s settings) and its loopback connection; returns the webhook path.</summary>
    public static async Task<string> LoopbackChannelAsync(HttpClient api, LoopbackReceiver receiver, string secret, object channel)
    {
        var created = await (await api.PostAsJsonAsync("api/v1/channels", channel)).Content.ReadFromJsonAsync<JsonElement>();
        var connection = await (await api.PostAsJsonAsync($"api/v1/channels/{created.GetProperty("id")}/connections",
            new { connector = "loopback", settings = new { secret, callbackUrl = receiver.Url.ToString() } })).Content.ReadFromJsonAsync<JsonElement>();
        return $"webhooks/{connection.GetProperty("id")}";
    }
}
