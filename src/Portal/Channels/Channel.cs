namespace OpenChannels.Portal.Channels;

/// <summary>An open channel: a queue of agents and the rules for the conversations that arrive through its connections.</summary>
public sealed class Channel
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    public bool IsEnabled { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; }

    public DistributionMode Distribution { get; set; } = DistributionMode.RoundRobin;

    /// <summary>Most conversations an agent holds before the queue passes them by; null for no limit.</summary>
    public int? MaxActiveChatsPerAgent { get; set; }

    /// <summary>Seconds before an unanswered conversation passes to the next agent; null never skips.</summary>
    public int? SkipAfterSeconds { get; set; }

    /// <summary>Working days, ISO numbers 1 (Monday) to 7, comma-separated; empty means always open.</summary>
    public string WorkingDays { get; set; } = "";

    public TimeOnly? WorkStart { get; set; }

    public TimeOnly? WorkEnd { get; set; }

    /// <summary>IANA time zone of the working hours.</summary>
    public string TimeZone { get; set; } = "UTC";

    public string? OffHoursMessage { get; set; }

    public string? WelcomeMessage { get; set; }

    public string? ClosingMessage { get; set; }

    /// <summary>Minutes without any message after which a conversation closes; null never.</summary>
    public int? AutoCloseMinutes { get; set; }

    /// <summary>Longest a pin protects a conversation from auto-close.</summary>
    public int MaxPinMinutes { get; set; } = 24 * 60;

    public bool RatingEnabled { get; set; }

    /// <summary>KPI: a new session must get its first answer within this many minutes; null for no alert.</summary>
    public int? FirstAnswerKpiMinutes { get; set; }

    /// <summary>KPI: a client's message in an answered session must get a reply within this many minutes; null for no alert.</summary>
    public int? NextAnswerKpiMinutes { get; set; }

    public bool CreateLeadForNewClients { get; set; } = true;

    /// <summary>The agent who got the last conversation, where round robin resumes.</summary>
    public string? LastAssignedUserId { get; set; }

    public List<ChannelMember> Members { get; set; } = [];
}
