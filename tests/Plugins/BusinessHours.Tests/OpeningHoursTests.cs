namespace OpenChannels.Plugins.BusinessHours.Tests;

public sealed class OpeningHoursTests
{
    [Theory]
    [InlineData("2026-12-07T09:00:00", true)]  // Monday at opening
    [InlineData("2026-12-07T17:59:00", true)]
    [InlineData("2026-12-07T18:00:00", false)] // closing time is closed
    [InlineData("2026-12-07T08:59:00", false)]
    [InlineData("2026-12-12T11:00:00", true)]  // Saturday morning
    [InlineData("2026-12-12T15:00:00", false)]
    [InlineData("2026-12-13T11:00:00", false)] // Sunday
    public void IsOpen_WeekdaysAndSaturday_FollowsTheRanges(string local, bool open)
    {
        var hours = OpeningHours.Parse("mon-fri 09:00-18:00; sat 10:00-14:00")!;

        Assert.Equal(open, hours.IsOpen(DateTime.Parse(local, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Parse_DayListsWrappingRangesAndMidnight_AreRead()
    {
        var hours = OpeningHours.Parse("fri-mon 20:00-24:00\nwed 08:00-09:00")!;

        Assert.True(hours.IsOpen(new DateTime(2026, 12, 13, 23, 59, 0))); // Sunday, inside fri-mon
        Assert.True(hours.IsOpen(new DateTime(2026, 12, 9, 8, 30, 0)));   // Wednesday
        Assert.False(hours.IsOpen(new DateTime(2026, 12, 8, 21, 0, 0)));  // Tuesday
    }

    [Theory]
    [InlineData("")]
    [InlineData("weekdays 09:00-18:00")]
    [InlineData("mon-fri 9-18")]
    [InlineData("mon 18:00-09:00")]
    [InlineData("mon 09:00-18:00 extra")]
    public void Parse_TextNotWrittenAsHours_IsNull(string text)
    {
        Assert.Null(OpeningHours.Parse(text));
    }
}
