using System.ComponentModel.DataAnnotations;

namespace OpenChannels.Portal.Channels;

/// <summary>The editable settings of a channel, as the form and <c>POST/PUT /api/v1/channels</c> send them.</summary>
public sealed record ChannelInput
{
    [Required, StringLength(100, MinimumLength = 1)]
    public string Name { get; init; } = "";

    public bool IsEnabled { get; init; } = true;

    public DistributionMode Distribution { get; init; } = DistributionMode.RoundRobin;

    [Range(1, 1000)]
    public int? MaxActiveChatsPerAgent { get; init; }

    [Range(10, 7 * 24 * 3600)]
    public int? SkipAfterSeconds { get; init; }

    /// <summary>ISO day numbers 1..7; empty means always open.</summary>
    public IReadOnlyList<int> WorkingDays { get; init; } = [];

    public TimeOnly? WorkStart { get; init; }

    public TimeOnly? WorkEnd { get; init; }

    [StringLength(64)]
    public string TimeZone { get; init; } = "UTC";

    [StringLength(2000)]
    public string? OffHoursMessage { get; init; }

    [StringLength(2000)]
    public string? WelcomeMessage { get; init; }

    [StringLength(2000)]
    public string? ClosingMessage { get; init; }

    [Range(1, 30 * 24 * 60)]
    public int? AutoCloseMinutes { get; init; }

    [Range(1, 365 * 24 * 60)]
    public int MaxPinMinutes { get; init; } = 24 * 60;

    public bool RatingEnabled { get; init; }

    [Range(1, 7 * 24 * 60)]
    public int? FirstAnswerKpiMinutes { get; init; }

    [Range(1, 7 * 24 * 60)]
    public int? NextAnswerKpiMinutes { get; init; }

    public bool CreateLeadForNewClients { get; init; } = true;

    /// <summary>Members in queue order. Null on update keeps the current members.</summary>
    public IReadOnlyList<ChannelMemberInput>? Members { get; init; }
}
