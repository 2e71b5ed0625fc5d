namespace OpenChannels.Portal.Statistics;

/// <summary>One agent's line of the report: sessions they answered.</summary>
public sealed record AgentStatistics(
    string UserId,
    string Name,
    int Answered,
    double? FirstResponseMedianSeconds,
    int Positive,
    int Negative,
    double? SupervisorAverage,
    int KpiBreaches);
