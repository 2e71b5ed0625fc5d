using Microsoft.Playwright;

namespace OpenChannels.Benchmarks.Infrastructure;

/// <summary>Debian's headless Chromium (CHROMIUM_PATH or /usr/bin/chromium) with the arguments this machine needs.</summary>
public sealed class BenchBrowser : IAsyncDisposable
{
    private readonly IPlaywright _playwright;

    private BenchBrowser(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    public static async Task<BenchBrowser> LaunchAsync(params string[] extraArgs)
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-renderer-backgrounding", "--disable-background-timer-throttling", "--disable-backgrounding-occluded-windows", .. extraArgs],
        });
        return new BenchBrowser(playwright, browser);
    }

    /// <summary>A browser context signed in as the portal's administrator: every page opened in it shares the cookie.</summary>
    public async Task<IBrowserContext> SignedInAsync(BenchPortal portal)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = portal.BaseUrl.ToString(), Locale = "en-US" });
        context.SetDefaultTimeout(120_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.FillAsync("#email", BenchPortal.AdminEmail);
        await page.FillAsync("#password", BenchPortal.AdminPassword);
        await page.ClickAsync("#sign-in");
        await page.WaitForURLAsync(u => new Uri(u).AbsolutePath == "/");
        await page.CloseAsync();
        return context;
    }

    /// <summary>Opens <paramref name="path"/> and waits until its layout runs on a live circuit.</summary>
    public static async Task<IPage> OpenAsync(IBrowserContext context, string path)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        await page.Locator("[data-interactive=true]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }
}
