using Microsoft.EntityFrameworkCore;

namespace OpenChannels.Portal.Calendar;

/// <summary>Database mapping of calendar events.</summary>
public static class CalendarModel
{
    public static IReadOnlyList<string> Tables { get; } = ["CalendarEvents"];

    public static void Configure(ModelBuilder builder) => builder.Entity<CalendarEvent>(e =>
    {
        e.ToTable("CalendarEvents");
        e.Property(c => c.OwnerUserId).HasMaxLength(64);
        e.Property(c => c.Title).HasMaxLength(CalendarService.MaxTitle);
        e.Property(c => c.Description).HasMaxLength(CalendarService.MaxDescription);
        e.HasIndex(c => new { c.OwnerUserId, c.StartsAt });
    });
}
