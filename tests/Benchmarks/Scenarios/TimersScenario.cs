using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Benchmarks.Infrastructure;
using OpenChannels.Benchmarks.Reporting;

namespace OpenChannels.Benchmarks.Scenarios;

/// <summary>
/// P7: many sessions pending auto-close at spread-out times. Most fall due hours later; a sample falls due during the run, spread
/// over a window after a quiet period. Reports the portal's CPU use in the quiet period (nothing due, no traffic) and how late
/// the sample's closes happened (session end time minus due time).
/// </summary>
public sealed class TimersScenario : IScenario
{
    public string Id => "P7";

    public string Title => "timers: sessions pending auto-close, how late closes fire and CPU while nothing is due";

    public async Task RunAsync(BenchOptions options, ScenarioResult result, TextWriter log)
    {
        var total = options.Smoke ? 2_000 : 100_000;
        var sample = options.Smoke ? 100 : 2_000;
        var quiet = TimeSpan.FromSeconds(options.Smoke ? 5 : 60);
        var window = TimeSpan.FromSeconds(options.Smoke ? 5 : 60);
        var grace = TimeSpan.FromSeconds(options.Smoke ? 20 : 90);
        var autoClose = TimeSpan.FromMinutes(24 * 60);
        result.Settings["pending sessions"] = total.ToString(CultureInfo.InvariantCulture);
        result.Settings["sample due during the run"] = $"{sample} spread over {window.TotalSeconds:0} s after a {quiet.TotalSeconds:0} s quiet period; the rest due 2 to 23 h later";
        result.Settings["channel auto-close"] = "24 h";

        var cpu = new List<double>();
        var p50 = new List<double>();
        var p99 = new List<double>();
        var unclosed = new List<double>();
        for (var run = 1; run <= options.Runs; run++)
        {
            await using var desk = await TelegramDesk.StartAsync(options, new Dictionary<string, object?> { ["autoCloseMinutes"] = (int)autoClose.TotalMinutes });
            var random = new Random(run);
            var seededAt = DateTimeOffset.UtcNow;

            // Seeding takes a while; the sample's due times are set from when it ends (below) so the quiet period is real.
            var far = Enumerable.Range(0, total - sample).Select(_ => seededAt.AddHours(2 + (21 * random.NextDouble()))).ToList();
            await PendingSessionSeeder.SeedAsync(desk.Portal, desk.ChannelId, desk.ConnectionId, autoClose, far, "later");
            var start = DateTimeOffset.UtcNow + quiet;
            var due = Enumerable.Range(0, sample).Select(i => start + (window * ((i + 0.5) / sample))).ToList();
            var measured = await PendingSessionSeeder.SeedAsync(desk.Portal, desk.ChannelId, desk.ConnectionId, autoClose, due, "soon");
            log.WriteLine($"  run {run}: seeded {total} pending sessions in {(DateTimeOffset.UtcNow - seededAt).TotalSeconds:0} s");

            var cpuBefore = ProcessMeter.CpuSeconds(desk.Portal.Pid);
            var clock = Stopwatch.StartNew();
            await Task.Delay(start - DateTimeOffset.UtcNow - TimeSpan.FromSeconds(1) is { Ticks: > 0 } wait ? wait : TimeSpan.Zero);
            var idle = (ProcessMeter.CpuSeconds(desk.Portal.Pid) - cpuBefore) / clock.Elapsed.TotalSeconds * 100;

            var ids = measured.Select(m => m.Session).ToList();
            var deadline = start + window + grace;
            Dictionary<Guid, DateTimeOffset> ended = [];
            while (DateTimeOffset.UtcNow < deadline)
            {
                await Task.Delay(TimeSpan.FromSeconds(1));
                await using var db = desk.Portal.Db();
                ended = (await db.Sessions.Where(s => ids.Contains(s.Id) && s.EndedAt != null).Select(s => new { s.Id, s.EndedAt }).ToListAsync())
                    .ToDictionary(s => s.Id, s => s.EndedAt!.Value);
                if (ended.Count == sample && DateTimeOffset.UtcNow > start + window)
                {
                    break;
                }
            }

            // A close that never happened counts as late as the wait allowed.
            var lateness = measured.Select(m => ((ended.TryGetValue(m.Session, out var at) ? at : deadline) - m.Due).TotalSeconds).ToList();
            cpu.Add(idle);
            p50.Add(Stats.Percentile(lateness, 50));
            p99.Add(Stats.Percentile(lateness, 99));
            unclosed.Add(sample - ended.Count);
            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  run {run}: idle CPU {idle:0.0} % of a core; closes late by p50 {p50[^1]:0.00} s, p99 {p99[^1]:0.00} s; {sample - ended.Count} of {sample} not closed in time"));
        }

        result.Add("CPU while nothing is due", "% of one core", cpu, Goal.Max(1));
        result.Add("close lateness p50", "s", p50);
        result.Add("close lateness p99", "s", p99, Goal.Max(1));
        result.Add("sample sessions not closed by the end of the wait", "sessions", unclosed, Goal.Max(0));
        result.Notes.Add($"Lateness is the session's end time minus its due time (last message + auto-close); a sample session still open {grace.TotalSeconds:0} s after the window counts as late by that much.");
        result.Notes.Add("Sessions are seeded straight into the database (routed, unanswered, no messages); the channel has no closing message, so a close is the state change and its system line.");
    }
}
