using OpenChannels.Portal.Cluster;

namespace OpenChannels.Portal.Tests.Cluster;

public sealed class SchedulerNodeTests
{
    private static readonly DateTime Now = new(2026, 12, 3, 10, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(0, true)]
    [InlineData(17, true)]
    [InlineData(18, false)]
    public void IsAlive_CheckedInSecondsAgo_FollowsQuartzFailureRule(int secondsAgo, bool alive) =>
        Assert.Equal(alive, new SchedulerNode("n1", Now.AddSeconds(-secondsAgo).Ticks, Interval: 10_000).IsAlive(Now));
}
