using Xunit.Abstractions;

namespace OpenChannels.E2E.Infrastructure;

/// <summary>A test's own portal process with a first administrator and an API key; its log goes to the test output on failure.</summary>
public static class AdminPortal
{
    public static async Task RunAsync(ITestOutputHelper output, string email, string password, Func<PortalProcess, string, Task> test)
    {
        var apiKey = "oc_e2e_" + Guid.NewGuid().ToString("N");
        await using var portal = await PortalProcess.StartAsync(new Dictionary<string, string>
        {
            ["OPENCHANNELS_ADMIN_EMAIL"] = email,
            ["OPENCHANNELS_ADMIN_PASSWORD"] = password,
            ["OPENCHANNELS_API_KEY"] = apiKey,
        });
        try
        {
            await test(portal, apiKey);
        }
        catch
        {
            // The portal's own log says what the browser cannot (jobs, connector calls).
            output.WriteLine(portal.Output);
            throw;
        }
    }
}
