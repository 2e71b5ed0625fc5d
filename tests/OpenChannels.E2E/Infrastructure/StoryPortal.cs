using Xunit.Abstractions;

namespace OpenChannels.E2E.Infrastructure;

/// <summary>
/// A story on its own portal process (so it never depends on another test's data), with its first administrator and API key;
/// when the story fails, the portal's own log is printed, since it says what the browser cannot (jobs, connector calls).
/// </summary>
public static class StoryPortal
{
    public static async Task RunAsync(ITestOutputHelper output, string email, string password, Func<PortalProcess, string, Task> story)
    {
        var apiKey = "oc_story_" + Guid.NewGuid().ToString("N");
        await using var portal = await PortalProcess.StartAsync(new Dictionary<string, string>
        {
            ["OPENCHANNELS_ADMIN_EMAIL"] = email,
            ["OPENCHANNELS_ADMIN_PASSWORD"] = password,
            ["OPENCHANNELS_API_KEY"] = apiKey,
        });
        try
        {
            await story(portal, apiKey);
        }
        catch
        {
            output.WriteLine(portal.Output);
            throw;
        }
    }
}
