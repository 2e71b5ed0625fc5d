namespace OpenChannels.Portal.Ratings;

/// <summary>A supervisor's 1-5 star review of one session's handling; one per session, changeable later.</summary>
public sealed class SupervisorRating
{
    public Guid SessionId { get; set; }

    public int Accuracy { get; set; }

    public int Speed { get; set; }

    public int Helpfulness { get; set; }

    public string? Comment { get; set; }

    public required string RatedByUserId { get; set; }

    public DateTimeOffset RatedAt { get; set; }

    /// <summary>The agent who answered the session, so their ratings are found without a join.</summary>
    public string? AgentUserId { get; set; }

    public double Average => (Accuracy + Speed + Helpfulness) / 3.0;
}
