using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using OpenChannels.Portal.Observability;
using OpenChannels.Portal.Tests.Infrastructure;

namespace OpenChannels.Portal.Tests.Observability;

public sealed class PortalMetricsTests
{
    [Fact]
    public async Task Meters_ReportIngestDuplicatesQueueLengthAndJobLag()
    {
        await using var desk = await Desk.StartAsync(new() { Name = "Support", WelcomeMessage = "hi" });
        var measurements = new ConcurrentBag<(string Name, double Value, bool Duplicate)>();
        using var listener = new MeterListener();
        var ours = desk.Portal.Services.GetRequiredService<IMeterFactory>(); // other tests' portals run in parallel
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == PortalMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, ours))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((i, v, tags, _) => measurements.Add((i.Name, v, Duplicate(tags))));
        listener.SetMeasurementEventCallback<double>((i, v, tags, _) => measurements.Add((i.Name, v, Duplicate(tags))));
        listener.Start();

        (await desk.ClientWritesAsync("hi", "m-1")).EnsureSuccessStatusCode();
        (await desk.ClientWritesAsync("hi", "m-1")).EnsureSuccessStatusCode();
        await Desk.EventuallyAsync(() => Task.FromResult(measurements.Any(m => m.Name == "oc.jobs.lag") && measurements.Any(m => m.Name == "oc.messages.sent")), "the welcome job reports its lag and its send");
        listener.RecordObservableInstruments();

        Assert.Single(measurements, m => m.Name == "oc.messages.ingested" && !m.Duplicate);
        Assert.Single(measurements, m => m.Name == "oc.messages.ingested" && m.Duplicate);
        Assert.Contains(measurements, m => m.Name == "oc.queue.unanswered" && m.Value == 1);
        Assert.Contains(measurements, m => m.Name == "oc.messages.sent");
    }

    private static bool Duplicate(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        foreach (var tag in tags)
        {
            if (tag.Key == "duplicate")
            {
                return (bool)tag.Value!;
            }
        }

        return false;
    }
}
