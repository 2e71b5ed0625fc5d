namespace OpenChannels.Portal.Statistics;

/// <summary>Nearest-rank percentiles: the smallest value with at least q of the values at or below it (the median of 1,2,3,4 is 2).</summary>
public static class Percentile
{
    public static double? Of(IReadOnlyList<double> values, double q)
    {
        if (values.Count == 0)
        {
            return null;
        }

        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(q * sorted.Count);
        return sorted[Math.Clamp(rank, 1, sorted.Count) - 1];
    }
}
