namespace OpenChannels.Portal.Channels;

/// <summary>The channel form's editable copy of a <see cref="ChannelInput"/> (which is immutable), with the queue order.</summary>
public sealed class ChannelForm
{
    public string Name { get; set; } = "";

    public bool IsEnabled { get; set; } = true;

    public DistributionMode Distribution { get; set; } = DistributionMode.RoundRobin;

    public int? MaxActiveChatsPerAgent { get; set; }

    public int? SkipAfterSeconds { get; set; }

    public IEnumerable<int> WorkingDays { get; set; } = [];

    public TimeOnly? WorkStart { get; set; }

    public TimeOnly? WorkEnd { get; set; }

    public string TimeZone { get; set; } = "UTC";

    public string? OffHoursMessage { get; set; }

    public string? WelcomeMessage { get; set; }

    public string? ClosingMessage { get; set; }

    public int? AutoCloseMinutes { get; set; }

    public int MaxPinMinutes { get; set; } = 24 * 60;

    public bool RatingEnabled { get; set; }

    public bool CreateLeadForNewClients { get; set; } = true;

    public List<ChannelMemberRow> Members { get; } = [];

    public static ChannelForm From(ChannelInput input)
    {
        var form = new ChannelForm
        {
            Name = input.Name,
            IsEnabled = input.IsEnabled,
            Distribution = input.Distribution,
            MaxActiveChatsPerAgent = input.MaxActiveChatsPerAgent,
            SkipAfterSeconds = input.SkipAfterSeconds,
            WorkingDays = input.WorkingDays.ToList(),
            WorkStart = input.WorkStart,
            WorkEnd = input.WorkEnd,
            TimeZone = input.TimeZone,
            OffHoursMessage = input.OffHoursMessage,
            WelcomeMessage = input.WelcomeMessage,
            ClosingMessage = input.ClosingMessage,
            AutoCloseMinutes = input.AutoCloseMinutes,
            MaxPinMinutes = input.MaxPinMinutes,
            RatingEnabled = input.RatingEnabled,
            CreateLeadForNewClients = input.CreateLeadForNewClients,
        };
        form.Members.AddRange((input.Members ?? []).Select(m => new ChannelMemberRow { UserId = m.UserId, InQueue = m.InQueue }));
        return form;
    }

    public ChannelInput ToInput() => new()
    {
        Name = Name,
        IsEnabled = IsEnabled,
        Distribution = Distribution,
        MaxActiveChatsPerAgent = MaxActiveChatsPerAgent,
        SkipAfterSeconds = SkipAfterSeconds,
        WorkingDays = WorkingDays.Order().ToList(),
        WorkStart = WorkStart,
        WorkEnd = WorkEnd,
        TimeZone = TimeZone,
        OffHoursMessage = OffHoursMessage,
        WelcomeMessage = WelcomeMessage,
        ClosingMessage = ClosingMessage,
        AutoCloseMinutes = AutoCloseMinutes,
        MaxPinMinutes = MaxPinMinutes,
        RatingEnabled = RatingEnabled,
        CreateLeadForNewClients = CreateLeadForNewClients,
        Members = Members.Select(m => new ChannelMemberInput(m.UserId, m.InQueue)).ToList(),
    };

    /// <summary>Moves a member one place up (<paramref name="by"/> = -1) or down (+1) in the queue.</summary>
    public void Move(int index, int by)
    {
        var target = index + by;
        if (index < 0 || index >= Members.Count || target < 0 || target >= Members.Count)
        {
            return;
        }

        (Members[index], Members[target]) = (Members[target], Members[index]);
    }
}
