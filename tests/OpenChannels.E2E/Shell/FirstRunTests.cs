using Microsoft.Playwright;
using OpenChannels.E2E.Infrastructure;

namespace OpenChannels.E2E.Shell;

[Collection(E2ECollection.Name)]
public sealed class FirstRunTests(BrowserFixture fixture)
{
    [Fact]
    public async Task FirstRun_SetupLoginShellLanguagesAndInteractivity_WorkInChromium()
    {
        var page = await fixture.NewPageAsync();

        // 1. First visit: no user yet, so the portal asks for the administrator.
        await page.GotoAsync("/");
        Assert.EndsWith("/setup", page.Url, StringComparison.Ordinal);
        await page.FillAsync("#display-name", "Ada Admin");
        await page.FillAsync("#email", BrowserFixture.AdminEmail);
        await page.FillAsync("#password", BrowserFixture.AdminPassword);
        await page.FillAsync("#confirm", BrowserFixture.AdminPassword);
        await page.ClickAsync("#create-admin");

        // 2. Signed in on the Contact Center, inside the shell.
        await page.WaitForURLAsync(u => new Uri(u).AbsolutePath == "/");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Contact Center" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("signed-in-as")).ToContainTextAsync(BrowserFixture.AdminEmail);
        foreach (var item in new[] { "Open Channels", "CRM", "Statistics", "Plugins", "Settings" })
        {
            await Assertions.Expect(page.Locator(".rz-navigation-item-text", new() { HasTextString = item }).First).ToBeVisibleAsync();
        }

        // 3. An interactive Radzen component answers through the circuit: create an API key in Settings.
        await BrowserFixture.WaitInteractiveAsync(page);
        await page.Locator(".rz-navigation-item-text", new() { HasTextString = "Settings" }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Settings" })).ToBeVisibleAsync();
        await page.GetByText("API keys", new() { Exact = true }).ClickAsync();
        await page.Locator("input[name=key-name]").FillAsync("e2e automation");
        await page.Locator("button[name=create-key]").ClickAsync();
        await Assertions.Expect(page.GetByTestId("new-api-key")).ToContainTextAsync("oc_");
        await Assertions.Expect(page.Locator(".rz-data-grid").Last).ToContainTextAsync("e2e automation");

        // 4. The shell in each language, switched with the Radzen language drop-down.
        await SwitchLanguageAsync(page, "Português (Brasil)");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "pt-BR");
        await Assertions.Expect(page.Locator(".rz-navigation-item-text", new() { HasTextString = "Central de Atendimento" }).First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".rz-navigation-item-text", new() { HasTextString = "Configurações" }).First).ToBeVisibleAsync();
        await SwitchLanguageAsync(page, "Français");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fr");
        await Assertions.Expect(page.Locator(".rz-navigation-item-text", new() { HasTextString = "Centre de contact" }).First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Clés d'API", new() { Exact = true })).ToBeVisibleAsync();
        await SwitchLanguageAsync(page, "English");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");

        // 5. Sign out (once the language reload has settled), then sign in again through the login page. The sign-in returns to
        // the page the login was asked from, which can be Settings when that page's own reload raced the sign-out.
        await BrowserFixture.WaitInteractiveAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitForURLAsync("**/account/login**");
        await Assertions.Expect(page.Locator("#sign-in")).ToBeVisibleAsync();
        await page.GotoAsync("/settings");
        Assert.Contains("/account/login", page.Url, StringComparison.Ordinal);
        await page.FillAsync("#email", BrowserFixture.AdminEmail);
        await page.FillAsync("#password", BrowserFixture.AdminPassword);
        await page.ClickAsync("#sign-in");
        await page.WaitForURLAsync(u => new Uri(u).AbsolutePath == "/settings");
        await Assertions.Expect(page.GetByTestId("signed-in-as")).ToContainTextAsync(BrowserFixture.AdminEmail);
        await page.GotoAsync("/");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Contact Center" })).ToBeVisibleAsync();
    }

    private static async Task SwitchLanguageAsync(IPage page, string language)
    {
        await BrowserFixture.WaitInteractiveAsync(page);
        await page.Locator(".rz-dropdown", new() { Has = page.Locator("[name=language]") }).First.ClickAsync();
        await page.Locator(".rz-dropdown-item", new() { HasTextString = language }).First.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }
}
