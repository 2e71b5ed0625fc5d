using System.Globalization;

namespace OpenChannels.Portal.Channels;

/// <summary>Whether a channel is open at a moment, in the channel's own time zone. An overnight range (22:00-06:00) is allowed.</summary>
public static class WorkingHours
{
    public static IReadOnlyList<int> Days(string stored) =>
        stored.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(d => int.Parse(d, CultureInfo.InvariantCulture)).ToList();

    public static bool IsOpen(Channel channel, DateTimeOffset now)
    {
        var days = Days(channel.WorkingDays);
        if (days.Count == 0 || channel.WorkStart is not { } start || channel.WorkEnd is not { } end)
        {
            return true;
        }

        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(channel.TimeZone, out var z) ? z : TimeZoneInfo.Utc;
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var time = TimeOnly.FromDateTime(local.DateTime);
        var day = ((int)local.DayOfWeek + 6) % 7 + 1;
        if (start <= end)
        {
            return days.Contains(day) && time >= start && time < end;
        }

        // Overnight: the early-morning part belongs to the previous day's shift.
        var previous = (day + 5) % 7 + 1;
        return (days.Contains(day) && time >= start) || (days.Contains(previous) && time < end);
    }
}
