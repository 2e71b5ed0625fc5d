namespace OpenChannels.Portal.Statistics;

/// <summary>Which sessions a report covers: started in [From, To), optionally one channel and one agent (who answered).</summary>
public sealed record StatisticsFilter(DateTimeOffset From, DateTimeOffset To, Guid? ChannelId = null, string? AgentUserId = null, string TimeZone = "UTC");
