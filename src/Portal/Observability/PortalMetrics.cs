using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Conversations;
using OpenChannels.Portal.Data;

namespace OpenChannels.Portal.Observability;

/// <summary>
/// The portal's meters (<c>OpenChannels</c>): ingest rate, queue length and job lag, readable with dotnet-counters or any
/// OpenTelemetry exporter.
/// </summary>
public sealed class PortalMetrics : IDisposable
{
    public const string MeterName = "OpenChannels";

    private readonly Meter _meter;
    private readonly Counter<long> _ingested;
    private readonly Counter<long> _sent;
    private readonly Histogram<double> _jobLag;

    public PortalMetrics(IMeterFactory meters, IDbContextFactory<AppDbContext> factory)
    {
        _meter = meters.Create(MeterName);
        _ingested = _meter.CreateCounter<long>("oc.messages.ingested", "{message}", "Inbound messages stored (duplicate=true: recognised and dropped).");
        _sent = _meter.CreateCounter<long>("oc.messages.sent", "{message}", "Outbound send attempts by result.");
        _jobLag = _meter.CreateHistogram<double>("oc.jobs.lag", "s", "How late a background job started after its scheduled time.");

        // Read on collection only (every few seconds at most), from an index.
        _meter.CreateObservableGauge("oc.queue.unanswered", () => UnansweredCount(factory), "{conversation}", "Conversations waiting for an agent's answer.");
    }

    // A collection callback must never throw into the exporter: a database that cannot answer reports no value this time.
    private static IEnumerable<Measurement<long>> UnansweredCount(IDbContextFactory<AppDbContext> factory)
    {
        try
        {
            using var db = factory.CreateDbContext();
            return [new Measurement<long>(db.Conversations.LongCount(c => c.Status == ConversationStatus.Unanswered))];
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException)
        {
            return [];
        }
    }

    public void MessageIngested(string connector, bool duplicate) =>
        _ingested.Add(1, new KeyValuePair<string, object?>("connector", connector), new KeyValuePair<string, object?>("duplicate", duplicate));

    public void MessageSent(string connector, string result) =>
        _sent.Add(1, new KeyValuePair<string, object?>("connector", connector), new KeyValuePair<string, object?>("result", result));

    public void JobStarted(string job, TimeSpan lag) =>
        _jobLag.Record(Math.Max(0, lag.TotalSeconds), new KeyValuePair<string, object?>("job", job));

    public void Dispose() => _meter.Dispose();
}
