using OpenChannels.Benchmarks.Reporting;

namespace OpenChannels.Benchmarks.Tests.Reporting;

public sealed class StatsTests
{
    [Fact]
    public void Percentile_HundredSamples_TakesTheNearestRank()
    {
        var values = Enumerable.Range(1, 100).Select(i => (double)i).Reverse().ToList();

        Assert.Equal(50, Stats.Percentile(values, 50));
        Assert.Equal(99, Stats.Percentile(values, 99));
        Assert.Equal(100, Stats.Percentile(values, 100));
    }

    [Fact]
    public void Median_NoSamples_IsNaN() => Assert.True(double.IsNaN(Stats.Median([])));
}
