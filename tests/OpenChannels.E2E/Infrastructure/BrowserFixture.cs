using Microsoft.Playwright;

namespace OpenChannels.E2E.Infrastructure;

/// <summary>
/// One portal process and one Chromium for the whole run. Chromium is Debian's (/usr/bin/chromium, or CHROMIUM_PATH):
/// Playwright cannot download browsers here.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string AdminEmail = "admin@example.com";
    public const string AdminPassword = "admin-password-e2e";

    private IPlaywright? _playwright;

    public PortalProcess Portal { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Portal = await PortalProcess.StartAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public Task<IPage> NewPageAsync(string? culture = null) => NewPageAsync(Portal, culture);

    /// <summary>A page in a fresh browser context (its own cookies, so its own signed-in user) on the given portal.</summary>
    public async Task<IPage> NewPageAsync(PortalProcess portal, string? culture = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = portal.BaseUrl.ToString(), Locale = culture ?? "en-US" });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    /// <summary>Waits until the page's layout has rendered through a live Blazor circuit, so clicks reach the server.</summary>
    public static Task WaitInteractiveAsync(IPage page) =>
        Assertions.Expect(page.Locator("[data-interactive=true]")).ToBeAttachedAsync();

    public static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("/account/login");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", password);
        await page.ClickAsync("#sign-in");
        await page.WaitForURLAsync(u => new Uri(u).AbsolutePath == "/");
        await WaitInteractiveAsync(page);
    }

    /// <summary>Creates a colleague (an agent) on the settings page, as an administrator signed in on <paramref name="page"/> does.</summary>
    public static async Task CreateUserAsync(IPage page, string email, string name, string password)
    {
        await page.GotoAsync("/settings");
        await WaitInteractiveAsync(page);
        await page.Locator("input[name=new-email]").FillAsync(email);
        await page.Locator("input[name=new-name]").FillAsync(name);
        await page.Locator("input[name=new-password]").FillAsync(password);
        await page.Locator("button[name=create-user]").ClickAsync();
        await Assertions.Expect(page.Locator(".rz-data-grid").First).ToContainTextAsync(email);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (Portal is not null)
        {
            await Portal.DisposeAsync();
        }
    }
}
