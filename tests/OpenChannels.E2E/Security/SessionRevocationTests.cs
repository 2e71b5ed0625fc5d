using Microsoft.Playwright;
using OpenChannels.E2E.Infrastructure;
using Xunit.Abstractions;

namespace OpenChannels.E2E.Security;

/// <summary>
/// An agent has the portal open in one browser; an administrator, in another, disables them or resets their password. The
/// agent's open Blazor circuit must stop serving them: the page is sent to the sign-in page (a full load, so the old circuit is
/// gone), the old cookie no longer opens any page, and nothing on the old page answers any more. Stamps are re-checked every
/// 2 seconds here (OPENCHANNELS_SESSION_REVALIDATE_SECONDS) instead of every minute; the waits are generous, never timed.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class SessionRevocationTests(BrowserFixture fixture, ITestOutputHelper output)
{
    private const string AdminEmail = "sessions-admin@example.com";
    private const string AdminPassword = "sessions-admin-password";
    private const string AgentEmail = "sessions-agent@example.com";
    private const string AgentPassword = "sessions-agent-password";
    private const string NewPassword = "sessions-agent-new-password";
    private static readonly Dictionary<string, string> FastRevalidation = new() { ["OPENCHANNELS_SESSION_REVALIDATE_SECONDS"] = "2" };

    // Well above the 2 s interval even on a loaded 2-core machine.
    private static readonly PageWaitForURLOptions Eventually = new() { Timeout = 120_000 };

    [Fact]
    public Task DisableUser_FromAnotherBrowser_EndsTheirOpenCircuitAndCookie() =>
        StoryPortal.RunAsync(AdminEmail, AdminPassword, output, async (portal, _) =>
        {
            var (admin, agent) = await SignInBothAsync(portal);

            await UserRow(admin).GetByRole(AriaRole.Button, new() { Name = "Disable" }).ClickAsync();

            await AssertSentToSignInAsync(agent);
            await AssertSignInRefusedAsync(agent, AgentPassword, "This account is disabled.");
        }, FastRevalidation);

    [Fact]
    public Task ResetPassword_FromAnotherBrowser_EndsTheirOpenCircuitAndCookie_AndOnlyTheNewPasswordWorks() =>
        StoryPortal.RunAsync(AdminEmail, AdminPassword, output, async (portal, _) =>
        {
            var (admin, agent) = await SignInBothAsync(portal);

            var row = UserRow(admin);
            await row.Locator("input[type=password]").FillAsync(NewPassword);
            await row.GetByRole(AriaRole.Button, new() { Name = "Reset password" }).ClickAsync();

            await AssertSentToSignInAsync(agent);
            await AssertSignInRefusedAsync(agent, AgentPassword, "Wrong email or password.");
            await BrowserFixture.SignInAsync(agent, AgentEmail, NewPassword);
        }, FastRevalidation);

    private async Task<(IPage Admin, IPage Agent)> SignInBothAsync(PortalProcess portal)
    {
        var admin = await fixture.NewPageAsync(portal);
        await BrowserFixture.SignInAsync(admin, AdminEmail, AdminPassword);
        await BrowserFixture.CreateUserAsync(admin, AgentEmail, "Sessions Agent", AgentPassword);

        var agent = await fixture.NewPageAsync(portal);
        await BrowserFixture.SignInAsync(agent, AgentEmail, AgentPassword);

        // A mark on the page's window: it survives anything the live circuit does and is gone only after a full load.
        await agent.EvaluateAsync("() => window.__ocOldPage = true");
        return (admin, agent);
    }

    private static ILocator UserRow(IPage admin) => admin.Locator(".rz-data-grid tr", new() { HasText = AgentEmail });

    private static async Task AssertSentToSignInAsync(IPage agent)
    {
        await agent.WaitForURLAsync(u => new Uri(u).AbsolutePath == "/account/login", Eventually);
        Assert.False(await agent.EvaluateAsync<bool>("() => window.__ocOldPage === true"), "the old page (and its circuit) is still there");

        // The old cookie opens no page any more.
        await agent.GotoAsync("/");
        Assert.Equal("/account/login", new Uri(agent.Url).AbsolutePath);
        await agent.GotoAsync("/settings");
        Assert.Equal("/account/login", new Uri(agent.Url).AbsolutePath);
    }

    private static async Task AssertSignInRefusedAsync(IPage agent, string password, string message)
    {
        await agent.GotoAsync("/account/login");
        await agent.FillAsync("#email", AgentEmail);
        await agent.FillAsync("#password", password);
        await agent.ClickAsync("#sign-in");
        await Assertions.Expect(agent.GetByTestId("login-error")).ToContainTextAsync(message);
    }
}
