using System.Diagnostics;
using System.Globalization;
using OpenChannels.Benchmarks.Infrastructure;
using OpenChannels.Benchmarks.Reporting;

namespace OpenChannels.Benchmarks.Scenarios;

/// <summary>
/// P1: Telegram webhooks from many users and chats, as fast as the portal takes them (a fixed number of deliveries in flight), and
/// the same payloads against a bare Kestrel + database endpoint in the same run: the portal's rate as a ratio of that ceiling.
/// A run's rate counts a message only once it is stored and its session routed.
/// </summary>
public sealed class IngestScenario : IScenario
{
    public string Id => "P1";

    public string Title => "ingest: Telegram webhooks, stored and routed, against a bare Kestrel + database ceiling";

    public async Task RunAsync(BenchOptions options, ScenarioResult result, TextWriter log)
    {
        var chats = options.Smoke ? 20 : 2_000;
        var concurrency = options.Smoke ? 4 : 64;
        var duration = TimeSpan.FromSeconds(options.Smoke ? 2 : 15);
        result.Settings["distinct chats (one user each)"] = chats.ToString(CultureInfo.InvariantCulture);
        result.Settings["deliveries in flight"] = concurrency.ToString(CultureInfo.InvariantCulture);
        result.Settings["sending time per run"] = $"{duration.TotalSeconds:0} s";

        await using var desk = await TelegramDesk.StartAsync(options);
        await using var ceiling = await CeilingServer.StartAsync(options, desk.Secret);
        result.Settings["durability"] = ceiling.Synchronous;
        using var http = LoadDriver.CreateClient();
        long sequence = 0;

        // Every run (and the warm-up) writes from its own set of chats, so each one opens the same number of new sessions.
        var chatBase = 0;
        HttpRequestMessage Portal(long i)
        {
            var n = Interlocked.Increment(ref sequence);
            return desk.Delivery(n, chatBase + (int)(n % chats), $"benchmark message {n}");
        }

        HttpRequestMessage Ceiling(long i)
        {
            var n = Interlocked.Increment(ref sequence);
            return TelegramDesk.Delivery(ceiling.Url, desk.Secret, desk.Updates.Create(n, (int)(n % chats), $"benchmark message {n}"));
        }

        // Warm-up: JIT, query compilation, the plugin's first calls and connection pools; not counted.
        var warm = await LoadDriver.SaturateAsync(http, Portal, concurrency, TimeSpan.FromSeconds(options.Smoke ? 1 : 5));
        await desk.WaitDrainedAsync(warm.Acked, TimeSpan.FromMinutes(2));
        await LoadDriver.SaturateAsync(http, Ceiling, concurrency, TimeSpan.FromSeconds(options.Smoke ? 1 : 3));

        var rates = new List<double>();
        var ackRates = new List<double>();
        var p50 = new List<double>();
        var p99 = new List<double>();
        var ceilings = new List<double>();
        var ceilingP99 = new List<double>();
        var ratios = new List<double>();
        var failed = new List<double>();
        for (var run = 1; run <= options.Runs; run++)
        {
            chatBase = run * chats;
            var before = await desk.StoredAsync();
            var clock = Stopwatch.StartNew();
            var load = await LoadDriver.SaturateAsync(http, Portal, concurrency, duration);
            var drained = await desk.WaitDrainedAsync(before + load.Acked, TimeSpan.FromMinutes(5));
            var done = clock.Elapsed;
            var rate = load.Acked / done.TotalSeconds;
            var bare = await LoadDriver.SaturateAsync(http, Ceiling, concurrency, duration);
            var ceilingRate = bare.Acked / bare.Elapsed.TotalSeconds;
            rates.Add(rate);
            ackRates.Add(load.Acked / load.Elapsed.TotalSeconds);
            p50.Add(Stats.Percentile(load.Latencies, 50));
            p99.Add(Stats.Percentile(load.Latencies, 99));
            ceilings.Add(ceilingRate);
            ceilingP99.Add(Stats.Percentile(bare.Latencies, 99));
            ratios.Add(rate / ceilingRate);
            failed.Add(load.Failed);
            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  run {run}: portal {rate:0} msg/s stored+routed ({load.Acked} acked, drained={drained}, failures: {load.DescribeFailures()}), ack p50 {p50[^1]:0.0} ms p99 {p99[^1]:0.0} ms; ceiling {ceilingRate:0} msg/s (failures: {bare.DescribeFailures()})"));
            if (!drained)
            {
                result.Notes.Add($"Run {run}: not every acked message was stored and routed within 5 minutes.");
            }
        }

        result.Add("portal: messages stored and routed per second", "msg/s", rates, Goal.Min(5_000));
        result.Add("portal: deliveries acked per second (while sending)", "msg/s", ackRates);
        result.Add("portal: ack latency p50", "ms", p50);
        result.Add("portal: ack latency p99", "ms", p99);
        result.Add("portal: failed deliveries", "requests", failed, Goal.Max(0));
        result.Add("ceiling: bare Kestrel + database rows per second", "msg/s", ceilings);
        result.Add("ceiling: ack latency p99", "ms", ceilingP99);
        result.Add("ratio portal / ceiling", "", ratios, Goal.Min(0.6));
        result.Notes.Add("Each run writes from its own distinct chats: its first message in each chat opens a session that routing offers to the channel's agent (the administrator); later messages join that session.");
        result.Notes.Add("The load generator, the fake Bot API and the ceiling endpoint run in the harness process on the same machine as the portal, so they share its cores.");
    }
}
