using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using OpenChannels.Benchmarks.Infrastructure;
using OpenChannels.Benchmarks.Reporting;

namespace OpenChannels.Benchmarks.Scenarios;

/// <summary>P4: the RSS of a freshly started portal with every first-party connector in plugins/ loaded and no traffic at all.</summary>
public sealed class IdleFootprintScenario : IScenario
{
    public string Id => "P4";

    public string Title => "idle footprint: RSS with the first-party connectors loaded and no traffic";

    public async Task RunAsync(BenchOptions options, ScenarioResult result, TextWriter log)
    {
        var settle = TimeSpan.FromSeconds(options.Smoke ? 1 : 15);
        result.Settings["settling time after start"] = $"{settle.TotalSeconds:0} s";
        var rss = new List<double>();
        var rssAfterGc = new List<double>();
        var managed = new List<double>();
        for (var run = 1; run <= options.Runs; run++)
        {
            await using var portal = await BenchPortal.StartAsync(options);
            var plugins = await WaitPluginsAsync(portal);
            await Task.Delay(settle);
            var samples = new List<double>();
            for (var i = 0; i < 5; i++)
            {
                samples.Add(ProcessMeter.Rss(portal.Pid) / 1024.0 / 1024.0);
                await Task.Delay(TimeSpan.FromMilliseconds(500));
            }

            var collected = await portal.MemoryAsync(collect: true);
            rss.Add(Stats.Median(samples));
            rssAfterGc.Add(collected.RssBytes / 1024.0 / 1024.0);
            managed.Add(collected.ManagedBytes / 1024.0 / 1024.0);
            result.Settings["plugins loaded"] = plugins;
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  run {run}: RSS {rss[^1]:0.0} MiB, after GC {rssAfterGc[^1]:0.0} MiB, managed {managed[^1]:0.0} MiB ({plugins})"));
        }

        result.Add("RSS, idle", "MiB", rss, Goal.Max(200));
        result.Add("RSS after a full collection", "MiB", rssAfterGc);
        result.Add("managed heap after a full collection", "MiB", managed);
        result.Notes.Add("The plugins are the ones the solution build drops into plugins/ (webchat joins when its plugin is built there).");
    }

    /// <summary>Waits until the plugin scan has finished (every plugin has a status other than Loading); returns "id status" for each.</summary>
    public static async Task<string> WaitPluginsAsync(BenchPortal portal)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (true)
        {
            var list = await portal.Api.GetFromJsonAsync<JsonElement[]>("/api/v1/connectors", BenchPortal.Json);
            var described = list!.Select(p => $"{p.GetProperty("id").GetString()} {p.GetProperty("status").GetString()}").ToList();
            if ((list!.Length > 0 && described.All(d => !d.EndsWith("Loading", StringComparison.Ordinal))) || DateTime.UtcNow > deadline)
            {
                return string.Join(", ", described);
            }

            await Task.Delay(250);
        }
    }
}
