using System.Text;
using OpenChannels.Portal.Calendar;

namespace OpenChannels.Portal.Tests.Calendar;

public sealed class IcsWriterTests
{
    [Fact]
    public void Write_LongAccentedText_IsEscapedAndFoldedAt75Octets()
    {
        var e = new CalendarEventView(Guid.NewGuid(), "Reunião, café; \\ teste", string.Concat(Enumerable.Repeat("ação é ótima ", 20)) + "\nfim",
            DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddHours(1), null, null);

        var ics = IcsWriter.Write(e, new Uri("https://portal.test/chat/1"), DateTimeOffset.UnixEpoch);

        Assert.All(ics.Split("\r\n"), line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, $"line of {Encoding.UTF8.GetByteCount(line)} octets"));
        var unfolded = ics.Replace("\r\n ", "", StringComparison.Ordinal);
        Assert.Contains(@"SUMMARY:Reunião\, café\; \\ teste", unfolded, StringComparison.Ordinal);
        Assert.Contains(@"ótima \nfim\n\nhttps://portal.test/chat/1", unfolded, StringComparison.Ordinal);
        Assert.StartsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", ics, StringComparison.Ordinal);
        Assert.EndsWith("END:VEVENT\r\nEND:VCALENDAR\r\n", ics, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ics.Replace("\r\n", "", StringComparison.Ordinal));
    }
}
