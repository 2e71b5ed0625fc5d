namespace OpenChannels.Portal.Cluster;

/// <summary>A row of Quartz's cluster membership table: a node's scheduler instance and when it last checked in.</summary>
public sealed record SchedulerNode(string Name, long LastCheckin, long Interval)
{
    /// <summary>Quartz declares a node failed once it misses its check-in by more than 7.5 s; the same rule here.</summary>
    public bool IsAlive(DateTime utcNow) => utcNow.Ticks - LastCheckin <= TimeSpan.FromMilliseconds(Interval + 7500).Ticks;
}
