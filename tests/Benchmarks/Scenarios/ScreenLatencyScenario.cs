using System.Globalization;
using Microsoft.Playwright;
using OpenChannels.Benchmarks.Infrastructure;
using OpenChannels.Benchmarks.Reporting;

namespace OpenChannels.Benchmarks.Scenarios;

/// <summary>
/// P2: many agent pages on the Contact Center in one headless Chromium while messages arrive at a steady rate; each message carries
/// the time its webhook was posted, and every page records when it shows up in its DOM (the queue row's preview).
/// </summary>
public sealed class ScreenLatencyScenario : IScenario
{
    public string Id => "P2";

    public string Title => "screen latency: webhook POST to the message in the DOM of every open agent page";

    public async Task RunAsync(BenchOptions options, ScenarioResult result, TextWriter log)
    {
        var pages = options.Smoke ? 2 : 100;
        var rate = options.Smoke ? 20 : 200;
        var chats = options.Smoke ? 10 : 200;
        var duration = TimeSpan.FromSeconds(options.Smoke ? 3 : 20);
        result.Settings["agent pages"] = pages.ToString(CultureInfo.InvariantCulture);
        result.Settings["messages per second"] = rate.ToString(CultureInfo.InvariantCulture);
        result.Settings["chats (rows in the queue)"] = chats.ToString(CultureInfo.InvariantCulture);
        result.Settings["sending time per run"] = $"{duration.TotalSeconds:0} s";

        await using var desk = await TelegramDesk.StartAsync(options);
        using var http = LoadDriver.CreateClient();
        long sequence = 0;
        HttpRequestMessage Message(long i)
        {
            var n = Interlocked.Increment(ref sequence);
            var sent = (DateTime.UtcNow - DateTime.UnixEpoch).Ticks / 10;
            return desk.Delivery(n, (int)(n % chats), $"bench@{n}@{sent}@");
        }

        // Every chat exists before the pages open, so the runs measure updates of rows already on screen.
        for (var chat = 0; chat < chats; chat++)
        {
            (await http.SendAsync(desk.Delivery(Interlocked.Increment(ref sequence), chat, "hello"))).EnsureSuccessStatusCode();
        }

        await desk.WaitDrainedAsync(chats, TimeSpan.FromMinutes(2));
        await using var browser = await BenchBrowser.LaunchAsync();
        var context = await browser.SignedInAsync(desk.Portal);
        var open = await OpenPagesAsync(context, pages, log);
        foreach (var page in open)
        {
            await page.EvaluateAsync(PageScripts.WatchLatency);
        }

        var p50 = new List<double>();
        var p99 = new List<double>();
        var seen = new List<double>();
        var failed = new List<double>();
        for (var run = 1; run <= options.Runs; run++)
        {
            var load = await LoadDriver.PaceAsync(http, Message, rate, duration);
            await Task.Delay(TimeSpan.FromSeconds(3));
            var samples = new List<double>();
            foreach (var page in open)
            {
                samples.AddRange(await page.EvaluateAsync<double[]>(PageScripts.TakeLatencies));
            }

            p50.Add(Stats.Percentile(samples, 50));
            p99.Add(Stats.Percentile(samples, 99));
            seen.Add(load.Acked == 0 ? 0 : samples.Count / (double)(load.Acked * pages));
            failed.Add(load.Failed);
            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  run {run}: {load.Acked} messages, {samples.Count} page observations, p50 {p50[^1]:0} ms, p99 {p99[^1]:0} ms, failures: {load.DescribeFailures()}"));
        }

        result.Add("POST to DOM latency p50", "ms", p50);
        result.Add("POST to DOM latency p99", "ms", p99, Goal.Max(100));
        result.Add("share of (message, page) pairs shown", "", seen);
        result.Add("failed deliveries", "requests", failed, Goal.Max(0));
        result.Notes.Add("The pages are the administrator's (the portal has no user API to create 100 agents; the administrator is the channel's only agent, so every conversation is routed to the pages' user).");
        result.Notes.Add("A row shows its conversation's latest message; a message overtaken by the next one in the same chat before the page refreshed is never shown, which is why not every (message, page) pair is observed. The share says how many were.");
        result.Notes.Add("Chromium, the harness and the portal share the machine's cores.");
    }

    /// <summary>Opens the Contact Center <paramref name="count"/> times, a few at a time, each on a live circuit.</summary>
    public static async Task<List<IPage>> OpenPagesAsync(IBrowserContext context, int count, TextWriter log)
    {
        var pages = new List<IPage>();
        for (var i = 0; i < count; i += 8)
        {
            pages.AddRange(await Task.WhenAll(Enumerable.Range(i, Math.Min(8, count - i)).Select(_ => BenchBrowser.OpenAsync(context, "/"))));
            if (pages.Count % 100 == 0)
            {
                log.WriteLine($"  {pages.Count} pages open");
            }
        }

        return pages;
    }
}
