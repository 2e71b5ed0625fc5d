namespace OpenChannels.Portal.Statistics;

/// <summary>
/// The figures of the statistics page. Started counts sessions started in the period; the others count among those sessions:
/// answered (an employee answered), closed (closed by an agent or for inactivity), spam, and missed (ended without an answer,
/// spam excluded). Times are in seconds: first response (start to first reply) and resolution (start to end, spam excluded).
/// </summary>
public sealed record StatisticsReport(
    int Started,
    int Answered,
    int Closed,
    int Spam,
    int Missed,
    double? FirstResponseMedianSeconds,
    double? FirstResponseP90Seconds,
    double? ResolutionMedianSeconds,
    double? ResolutionP90Seconds,
    int PositiveRatings,
    int NegativeRatings,
    double? SupervisorAverage,
    int FirstAnswerBreaches,
    int NextAnswerBreaches,
    IReadOnlyList<int> StartedByHour,
    IReadOnlyList<AgentStatistics> Agents);
