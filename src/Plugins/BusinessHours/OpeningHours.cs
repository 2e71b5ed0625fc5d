using System.Globalization;

namespace OpenChannels.Plugins.BusinessHours;

/// <summary>
/// A week of opening hours, written as <c>mon-fri 09:00-18:00; sat 10:00-14:00</c>: entries separated by ';' or new lines, each a
/// comma-separated list of days or day ranges and one time range (end 24:00 for midnight).
/// </summary>
public sealed class OpeningHours
{
    private static readonly string[] Days = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
    private readonly List<(DayOfWeek Day, TimeSpan Opens, TimeSpan Closes)> _ranges;

    private OpeningHours(List<(DayOfWeek, TimeSpan, TimeSpan)> ranges) => _ranges = ranges;

    /// <summary>The hours, or null when the text is not written as above.</summary>
    public static OpeningHours? Parse(string text)
    {
        var ranges = new List<(DayOfWeek, TimeSpan, TimeSpan)>();
        foreach (var entry in text.ReplaceLineEndings(";").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = entry.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 2 || ReadTimes(parts[1]) is not var (opens, closes) || ReadDays(parts[0]) is not { } days)
            {
                return null;
            }

            ranges.AddRange(days.Select(d => (d, opens, closes)));
        }

        return ranges.Count == 0 ? null : new OpeningHours(ranges);
    }

    public bool IsOpen(DateTime local) =>
        _ranges.Any(r => r.Day == local.DayOfWeek && local.TimeOfDay >= r.Opens && local.TimeOfDay < r.Closes);

    private static List<DayOfWeek>? ReadDays(string text)
    {
        var days = new List<DayOfWeek>();
        foreach (var item in text.ToLowerInvariant().Split(','))
        {
            var ends = item.Split('-');
            var from = Array.IndexOf(Days, ends[0]);
            var to = ends.Length == 2 ? Array.IndexOf(Days, ends[1]) : from;
            if (ends.Length > 2 || from < 0 || to < 0)
            {
                return null;
            }

            for (var d = from; ; d = (d + 1) % 7)
            {
                days.Add((DayOfWeek)d);
                if (d == to)
                {
                    break;
                }
            }
        }

        return days;
    }

    private static (TimeSpan Opens, TimeSpan Closes)? ReadTimes(string text)
    {
        var ends = text.Split('-');
        if (ends.Length != 2 || ReadTime(ends[0]) is not { } opens || ReadTime(ends[1]) is not { } closes || closes <= opens)
        {
            return null;
        }

        return (opens, closes);
    }

    private static TimeSpan? ReadTime(string text) =>
        text == "24:00" ? TimeSpan.FromDays(1)
        : TimeSpan.TryParseExact(text, @"hh\:mm", CultureInfo.InvariantCulture, out var time) ? time
        : null;
}
