namespace OpenChannels.Portal.Kpi;

/// <summary>Which answer-time promise was broken.</summary>
public enum KpiKind
{
    /// <summary>A new session waited longer than the channel allows for its first answer.</summary>
    FirstAnswer,

    /// <summary>A client's message in an answered session waited longer than allowed for the next reply.</summary>
    NextAnswer,
}
