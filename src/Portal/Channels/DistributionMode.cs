namespace OpenChannels.Portal.Channels;

/// <summary>How a new conversation is offered to the channel's queue.</summary>
public enum DistributionMode
{
    /// <summary>Evenly: each new conversation goes to the next agent after the one who got the last.</summary>
    RoundRobin,

    /// <summary>Strictly in order: always the first agent in the queue who still has room.</summary>
    Strict,

    /// <summary>To everyone in the queue at once; the first to answer takes it.</summary>
    All,
}
