namespace OpenChannels.Benchmarks.Infrastructure;

/// <summary>What a load run sent and how the server answered: counts, failures by reason, and every ack latency in milliseconds.</summary>
public sealed class LoadOutcome
{
    private readonly Lock _gate = new();
    private readonly List<double> _latencies = [];
    private readonly Dictionary<string, int> _failures = new(StringComparer.Ordinal);

    public int Sent { get; private set; }

    public int Acked { get; private set; }

    public int Failed { get; private set; }

    public TimeSpan Elapsed { get; set; }

    public IReadOnlyList<double> Latencies
    {
        get
        {
            lock (_gate)
            {
                return _latencies.ToArray();
            }
        }
    }

    public IReadOnlyDictionary<string, int> Failures
    {
        get
        {
            lock (_gate)
            {
                return new Dictionary<string, int>(_failures);
            }
        }
    }

    public void Record(bool ok, double milliseconds, string? failure)
    {
        lock (_gate)
        {
            Sent++;
            if (ok)
            {
                Acked++;
                _latencies.Add(milliseconds);
            }
            else
            {
                Failed++;
                _failures[failure ?? "?"] = _failures.GetValueOrDefault(failure ?? "?") + 1;
            }
        }
    }

    public string DescribeFailures() => Failures.Count == 0 ? "none" : string.Join(", ", Failures.Select(f => $"{f.Key}: {f.Value}"));
}
