using System.Globalization;
using System.Text;

namespace OpenChannels.Portal.Calendar;

/// <summary>
/// One event as an iCalendar file (RFC 5545): UTC times, text escaped, lines folded at 75 octets and ended with CRLF, so
/// Outlook, Google Calendar and Apple Calendar import it.
/// </summary>
public static class IcsWriter
{
    public static string Write(CalendarEventView e, Uri? conversationUrl, DateTimeOffset stamp)
    {
        var description = conversationUrl is null ? e.Description ?? "" : $"{e.Description}\n\n{conversationUrl}";
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Open Channels//Agent calendar//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "BEGIN:VEVENT",
            $"UID:{e.Id:N}@openchannels",
            $"DTSTAMP:{Utc(stamp)}",
            $"DTSTART:{Utc(e.StartsAt)}",
            $"DTEND:{Utc(e.EndsAt)}",
            $"SUMMARY:{Escape(e.Title)}",
        };
        if (description.Length > 0)
        {
            lines.Add($"DESCRIPTION:{Escape(description)}");
        }

        if (conversationUrl is not null)
        {
            lines.Add($"URL:{conversationUrl}");
        }

        lines.AddRange(["END:VEVENT", "END:VCALENDAR"]);
        var ics = new StringBuilder();
        foreach (var line in lines)
        {
            Fold(ics, line);
        }

        return ics.ToString();
    }

    private static string Utc(DateTimeOffset at) => at.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private static string Escape(string text) => text
        .Replace("\\", "\\\\", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal).Replace(",", "\\,", StringComparison.Ordinal)
        .ReplaceLineEndings("\n").Replace("\n", "\\n", StringComparison.Ordinal);

    // Content lines are at most 75 octets; continuation lines start with one space. Never split inside a UTF-8 sequence.
    private static void Fold(StringBuilder ics, string line)
    {
        var octets = 0;
        var limit = 75;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > limit)
            {
                ics.Append("\r\n ");
                octets = 0;
                limit = 74;
            }

            ics.Append(rune.ToString());
            octets += size;
        }

        ics.Append("\r\n");
    }
}
