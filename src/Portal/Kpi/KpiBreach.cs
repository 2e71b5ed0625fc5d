namespace OpenChannels.Portal.Kpi;

/// <summary>One broken answer-time promise. Unique per (session, kind, client message), so a breach is counted once.</summary>
public sealed class KpiBreach
{
    public Guid Id { get; set; }

    public Guid SessionId { get; set; }

    public Guid ConversationId { get; set; }

    public Guid ChannelId { get; set; }

    public KpiKind Kind { get; set; }

    /// <summary>The client message left waiting.</summary>
    public long MessageId { get; set; }

    public string? AgentUserId { get; set; }

    public DateTimeOffset DetectedAt { get; set; }
}
