using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using OpenChannels.Benchmarks.Infrastructure;
using OpenChannels.Benchmarks.Reporting;

namespace OpenChannels.Benchmarks.Scenarios;

/// <summary>
/// P6: the Telegram plugin is replaced in its folder (a new copy staged beside it, then moved into place, as an upgrade is
/// installed) while deliveries flow through it at a steady rate. Reports failed deliveries, acked messages that were not stored,
/// the time from the move to the new version being active, and whether the old load context was collected (the portal's log).
/// </summary>
public sealed class HotSwapScenario : IScenario
{
    private const string Collected = "was unloaded and collected";
    private const string NotCollected = "was unloaded but its load context was not collected";

    public string Id => "P6";

    public string Title => "hot swap under load: replacing the Telegram plugin while messages flow through it";

    public async Task RunAsync(BenchOptions options, ScenarioResult result, TextWriter log)
    {
        var rate = options.Smoke ? 50 : 500;
        var duration = TimeSpan.FromSeconds(options.Smoke ? 5 : 12);
        var swapAt = TimeSpan.FromSeconds(options.Smoke ? 1 : 4);
        var chats = options.Smoke ? 20 : 500;
        result.Settings["messages per second"] = rate.ToString(CultureInfo.InvariantCulture);
        result.Settings["sending time per run"] = $"{duration.TotalSeconds:0} s, plugin replaced after {swapAt.TotalSeconds:0} s";
        result.Settings["chats"] = chats.ToString(CultureInfo.InvariantCulture);

        var plugins = Path.Combine(Path.GetTempPath(), "oc-bench-plugins", Guid.NewGuid().ToString("N"));
        var built = Path.Combine(BenchmarkRunner.RepositoryRoot(), "plugins", "telegram");
        Copy(built, Path.Combine(plugins, "telegram"));
        try
        {
            await using var desk = await TelegramDesk.StartAsync(options, environment: new Dictionary<string, string>
            {
                ["OPENCHANNELS_PLUGINS"] = plugins,
                ["Logging__LogLevel__OpenChannels.Portal.Plugins"] = "Debug",
            });
            using var http = LoadDriver.CreateClient();
            long sequence = 0;
            HttpRequestMessage Message(long i)
            {
                var n = Interlocked.Increment(ref sequence);
                return desk.Delivery(n, (int)(n % chats), $"swap message {n}");
            }

            var warm = await LoadDriver.PaceAsync(http, Message, rate, TimeSpan.FromSeconds(options.Smoke ? 1 : 3));
            await desk.WaitDrainedAsync(warm.Acked, TimeSpan.FromMinutes(2));

            var failed = new List<double>();
            var lost = new List<double>();
            var swap = new List<double>();
            var collected = new List<double>();
            for (var run = 1; run <= options.Runs; run++)
            {
                var before = await desk.StoredAsync();
                var collectedBefore = Count(desk.Portal.Process.Output, Collected);
                var loadedAt = await LoadedAtAsync(desk.Portal);
                var load = LoadDriver.PaceAsync(http, Message, rate, duration);
                await Task.Delay(swapAt);
                var swapped = await SwapAsync(desk.Portal, plugins, built, loadedAt, run);
                var outcome = await load;
                await desk.WaitDrainedAsync(before + outcome.Acked, TimeSpan.FromMinutes(2));
                var stored = await desk.StoredAsync() - before;
                var gone = await WaitLogAsync(desk.Portal, collectedBefore, TimeSpan.FromSeconds(options.Smoke ? 15 : 60));
                failed.Add(outcome.Failed);
                lost.Add(Math.Max(0, outcome.Acked - stored));
                swap.Add(swapped.TotalSeconds);
                collected.Add(gone ? 1 : 0);
                log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  run {run}: {outcome.Acked} acked, {stored} stored, failures: {outcome.DescribeFailures()}; new version active {swapped.TotalSeconds:0.00} s after the move; old context collected: {gone}"));
            }

            result.Add("failed deliveries during the swap run", "requests", failed, Goal.Max(0));
            result.Add("acked but not stored", "messages", lost, Goal.Max(0));
            result.Add("swap time (files moved into place to the new version active)", "s", swap, Goal.Max(2));
            result.Add("old load context collected (1 = yes)", "", collected, Goal.Min(1));
            result.Notes.Add("The replacement is the same build under the next version number (plugin.json), staged in a dot-folder and moved into place: the portal loads it as a new generation and drains the old one. The swap time includes the settle rule: the folder must stay unchanged for 500 ms after the move is seen (a watcher on plugins/ sees the move at once) before it is loaded.");
        }
        finally
        {
            try
            {
                Directory.Delete(plugins, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static async Task<TimeSpan> SwapAsync(BenchPortal portal, string plugins, string built, string? loadedAt, int run)
    {
        var staged = Path.Combine(plugins, $".incoming-{run}");
        Copy(built, staged);

        // An upgrade: the same code under the next version number (identical files would reload as a no-op).
        var manifest = Path.Combine(staged, "plugin.json");
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(manifest))!;
        json["version"] = $"1.0.{100 + run}";
        File.WriteAllText(manifest, json.ToJsonString());
        var live = Path.Combine(plugins, "telegram");
        var retired = Path.Combine(plugins, $".retired-{run}");
        var clock = Stopwatch.StartNew();
        Directory.Move(live, retired);
        Directory.Move(staged, live);
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (await LoadedAtAsync(portal) is { } now && now != loadedAt)
            {
                return clock.Elapsed;
            }

            await Task.Delay(20);
        }

        return clock.Elapsed;
    }

    private static async Task<string?> LoadedAtAsync(BenchPortal portal)
    {
        var info = await portal.Api.GetFromJsonAsync<JsonElement>("/api/v1/connectors/telegram", BenchPortal.Json);
        return info.GetProperty("status").GetString() == "Active" ? $"{info.GetProperty("version")} {info.GetProperty("loadedAt")}" : null;
    }

    private static async Task<bool> WaitLogAsync(BenchPortal portal, int before, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            var output = portal.Process.Output;
            if (Count(output, Collected) > before)
            {
                return true;
            }

            if (output.Contains(NotCollected, StringComparison.Ordinal))
            {
                return false;
            }

            await Task.Delay(250);
        }

        return false;
    }

    private static int Count(string text, string what)
    {
        var count = 0;
        for (var i = text.IndexOf(what, StringComparison.Ordinal); i >= 0; i = text.IndexOf(what, i + what.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
