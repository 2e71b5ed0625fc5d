using System.ComponentModel.DataAnnotations;

namespace OpenChannels.Portal.Channels;

/// <summary>Copies settings between <see cref="ChannelInput"/> and <see cref="Channel"/>, validating on the way in.</summary>
public static class ChannelSettingsMapper
{
    public static string? Validate(ChannelInput input)
    {
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(input, new ValidationContext(input), results, validateAllProperties: true))
        {
            return string.Join(" ", results.Select(r => r.ErrorMessage));
        }

        if (string.IsNullOrWhiteSpace(input.Name))
        {
            return "The name is required.";
        }

        if (input.WorkingDays.Any(d => d is < 1 or > 7))
        {
            return "Working days are ISO day numbers from 1 (Monday) to 7 (Sunday).";
        }

        if (input.WorkingDays.Count > 0 && (input.WorkStart is null || input.WorkEnd is null))
        {
            return "Working hours need a start and an end time.";
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(input.TimeZone, out _))
        {
            return $"Unknown time zone '{input.TimeZone}'.";
        }

        return input.Members?.GroupBy(m => m.UserId).Any(g => g.Count() > 1) == true ? "A member is listed twice." : null;
    }

    public static void Apply(ChannelInput input, Channel channel)
    {
        channel.Name = input.Name.Trim();
        channel.IsEnabled = input.IsEnabled;
        channel.Distribution = input.Distribution;
        channel.MaxActiveChatsPerAgent = input.MaxActiveChatsPerAgent;
        channel.SkipAfterSeconds = input.SkipAfterSeconds;
        channel.WorkingDays = string.Join(',', input.WorkingDays.Distinct().Order());
        channel.WorkStart = input.WorkStart;
        channel.WorkEnd = input.WorkEnd;
        channel.TimeZone = input.TimeZone;
        channel.OffHoursMessage = Blank(input.OffHoursMessage);
        channel.WelcomeMessage = Blank(input.WelcomeMessage);
        channel.ClosingMessage = Blank(input.ClosingMessage);
        channel.AutoCloseMinutes = input.AutoCloseMinutes;
        channel.MaxPinMinutes = input.MaxPinMinutes;
        channel.RatingEnabled = input.RatingEnabled;
        channel.FirstAnswerKpiMinutes = input.FirstAnswerKpiMinutes;
        channel.NextAnswerKpiMinutes = input.NextAnswerKpiMinutes;
        channel.CreateLeadForNewClients = input.CreateLeadForNewClients;
    }

    public static ChannelInput ToInput(Channel c) => new()
    {
        Name = c.Name,
        IsEnabled = c.IsEnabled,
        Distribution = c.Distribution,
        MaxActiveChatsPerAgent = c.MaxActiveChatsPerAgent,
        SkipAfterSeconds = c.SkipAfterSeconds,
        WorkingDays = WorkingHours.Days(c.WorkingDays),
        WorkStart = c.WorkStart,
        WorkEnd = c.WorkEnd,
        TimeZone = c.TimeZone,
        OffHoursMessage = c.OffHoursMessage,
        WelcomeMessage = c.WelcomeMessage,
        ClosingMessage = c.ClosingMessage,
        AutoCloseMinutes = c.AutoCloseMinutes,
        MaxPinMinutes = c.MaxPinMinutes,
        RatingEnabled = c.RatingEnabled,
        FirstAnswerKpiMinutes = c.FirstAnswerKpiMinutes,
        NextAnswerKpiMinutes = c.NextAnswerKpiMinutes,
        CreateLeadForNewClients = c.CreateLeadForNewClients,
    };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
