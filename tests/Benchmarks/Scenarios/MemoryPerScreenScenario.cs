using System.Globalization;
using Microsoft.Playwright;
using OpenChannels.Benchmarks.Infrastructure;
using OpenChannels.Benchmarks.Reporting;

namespace OpenChannels.Benchmarks.Scenarios;

/// <summary>
/// P3: the portal's managed and total (RSS) memory after a full collection with 0, then 100, then 500 agent pages open on the
/// Contact Center; the cost of one open screen is the growth divided by the pages added.
/// </summary>
public sealed class MemoryPerScreenScenario : IScenario
{
    private const int PagesPerContext = 200;

    public string Id => "P3";

    public string Title => "memory per screen: server memory with 0, 100 and 500 open agent pages";

    public async Task RunAsync(BenchOptions options, ScenarioResult result, TextWriter log)
    {
        int[] levels = options.Smoke ? [0, 2, 5] : [0, 100, 500];
        result.Settings["open pages"] = string.Join(", ", levels);
        result.Settings["conversations in the queue"] = "20";

        await using var desk = await TelegramDesk.StartAsync(options);
        using var http = LoadDriver.CreateClient();
        for (var chat = 0; chat < 20; chat++)
        {
            (await http.SendAsync(desk.Delivery(chat + 1, chat, $"hello from chat {chat}"))).EnsureSuccessStatusCode();
        }

        await desk.WaitDrainedAsync(20, TimeSpan.FromMinutes(2));

        // Server memory is what is measured; a renderer limit keeps Chromium's own footprint bounded at 500 pages.
        await using var browser = await BenchBrowser.LaunchAsync("--renderer-process-limit=8");
        var contexts = new List<IBrowserContext>();
        var open = new List<IPage>();
        var managed = new Dictionary<int, List<double>>();
        var rss = new Dictionary<int, List<double>>();
        foreach (var level in levels)
        {
            // Chromium keeps at most 255 WebSockets per host in one browser context (its socket pool's per-group limit): the 256th
            // page's circuit never connects. So no context holds more than PagesPerContext pages; each signs in on its own.
            while (open.Count < level)
            {
                if (contexts.Count == 0 || open.Count >= contexts.Count * PagesPerContext)
                {
                    contexts.Add(await browser.SignedInAsync(desk.Portal));
                }

                var batch = Math.Min(level, contexts.Count * PagesPerContext) - open.Count;
                open.AddRange(await ScreenLatencyScenario.OpenPagesAsync(contexts[^1], batch, log));
            }

            await Task.Delay(TimeSpan.FromSeconds(options.Smoke ? 1 : 10));
            managed[level] = [];
            rss[level] = [];
            var circuits = 0;
            for (var run = 0; run < Math.Max(3, options.Runs); run++)
            {
                var reading = await desk.Portal.MemoryAsync(collect: true);
                managed[level].Add(reading.ManagedBytes / 1024.0 / 1024.0);
                rss[level].Add(reading.RssBytes / 1024.0 / 1024.0);
                circuits = reading.OpenCircuits;
                await Task.Delay(TimeSpan.FromSeconds(1));
            }

            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {level} pages ({circuits} circuits): managed {Stats.Median(managed[level]):0.0} MiB, RSS {Stats.Median(rss[level]):0.0} MiB"));
            result.Notes.Add($"{level} pages: the portal counted {circuits} open circuits.");
            result.Add($"managed memory, {level} pages", "MiB", managed[level]);
            result.Add($"RSS, {level} pages", "MiB", rss[level]);
        }

        var top = levels[^1];
        var middle = levels[1];
        result.Add($"managed memory per screen (0 to {top} pages)", "KiB", [PerScreen(managed, 0, top)], Goal.Max(150));
        result.Add($"RSS per screen (0 to {top} pages)", "KiB", [PerScreen(rss, 0, top)], Goal.Max(150));
        result.Add($"managed memory per screen (0 to {middle} pages)", "KiB", [PerScreen(managed, 0, middle)]);
        result.Add($"RSS per screen (0 to {middle} pages)", "KiB", [PerScreen(rss, 0, middle)]);
        result.Notes.Add($"The pages are spread over browser contexts of at most {PagesPerContext} pages each (Chromium allows 255 WebSockets per host in one context), each signed in as the administrator.");
        result.Notes.Add("Each memory figure is the median of readings taken right after a forced full, compacting collection (GET /api/v1/diagnostics/memory?collect=true); RSS is VmRSS from /proc. The per-screen figures are ratios of those medians.");
    }

    private static double PerScreen(Dictionary<int, List<double>> mib, int from, int to) =>
        (Stats.Median(mib[to]) - Stats.Median(mib[from])) * 1024 / (to - from);
}
