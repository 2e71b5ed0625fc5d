using System.Globalization;
using OpenChannels.Benchmarks.Infrastructure;
using OpenChannels.Benchmarks.Reporting;

namespace OpenChannels.Benchmarks.Scenarios;

/// <summary>
/// P5: a conversation with a very long history, opened in Chromium: the time from navigation start to the newest message in the
/// DOM, and the time from scrolling up a few screens to older messages in the DOM. Both measured in the page.
/// </summary>
public sealed class LongHistoryScenario : IScenario
{
    public string Id => "P5";

    public string Title => "long history: first paint of the newest messages and loading older ones on scroll";

    public async Task RunAsync(BenchOptions options, ScenarioResult result, TextWriter log)
    {
        var count = options.Smoke ? 500 : 50_000;
        result.Settings["messages in the conversation"] = count.ToString(CultureInfo.InvariantCulture);
        await using var desk = await TelegramDesk.StartAsync(options);
        using var http = LoadDriver.CreateClient();
        (await http.SendAsync(desk.Delivery(1, 1, "first message"))).EnsureSuccessStatusCode();
        await desk.WaitDrainedAsync(1, TimeSpan.FromMinutes(1));
        var conversation = await HistorySeeder.SeedAsync(desk.Portal, desk.ConnectionId, count);
        log.WriteLine($"  seeded {count} messages");

        await using var browser = await BenchBrowser.LaunchAsync();
        var context = await browser.SignedInAsync(desk.Portal);
        var firstPaint = new List<double>();
        var older = new List<double>();
        var newest = HistorySeeder.Text(count - 1);

        // One unmeasured open first: the first visit of a fresh process compiles its queries.
        for (var run = 0; run <= options.Runs; run++)
        {
            var page = await context.NewPageAsync();
            await page.AddInitScriptAsync($"({PageScripts.WatchFirstPaint})({System.Text.Json.JsonSerializer.Serialize(newest)})");
            await page.GotoAsync($"/chat/{conversation}");
            await page.WaitForFunctionAsync("() => window.__ocFirstPaint !== null", null, new() { Timeout = 60_000 });
            await page.Locator("[data-interactive=true]").WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Attached });
            var paint = await page.EvaluateAsync<double>("() => window.__ocFirstPaint");
            await Task.Delay(1500); // the chat keeps itself at the bottom for its first second
            var scroll = await page.EvaluateAsync<double>(PageScripts.ScrollToOlder);
            if (scroll < 0)
            {
                log.WriteLine($"  no older message appeared: {await page.EvaluateAsync<string>(PageScripts.DescribeHistory)}");
            }

            await page.CloseAsync();
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  open {run}: newest messages painted at {paint:0} ms, older page in {scroll:0} ms{(run == 0 ? " (warm-up, not counted)" : "")}"));
            if (run > 0)
            {
                firstPaint.Add(paint);
                older.Add(scroll < 0 ? double.NaN : scroll);
            }
        }

        result.Add("first paint of the newest messages (from navigation start)", "ms", firstPaint, Goal.Max(300));
        result.Add("older page on scroll (4 screens up, past the rendered messages)", "ms", older.Where(o => !double.IsNaN(o)).ToList());
        if (older.Any(double.IsNaN))
        {
            result.Notes.Add($"{older.Count(double.IsNaN)} scrolls showed no older message within 30 s.");
        }

        result.Notes.Add("First paint includes loading the page, the Blazor script and the circuit start; the portal had served one page of it before (warm-up).");
    }
}
