using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Kpi;
using OpenChannels.Portal.Notifications;

namespace OpenChannels.Portal.Ratings;

/// <summary>Database mapping of supervisor ratings, KPI breaches and notifications.</summary>
public static class RatingsModel
{
    public static IReadOnlyList<string> Tables { get; } = ["SupervisorRatings", "KpiBreaches", "Notifications"];

    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<SupervisorRating>(e =>
        {
            e.ToTable("SupervisorRatings");
            e.HasKey(r => r.SessionId);
            e.Property(r => r.Comment).HasMaxLength(2000);
            e.Property(r => r.RatedByUserId).HasMaxLength(64);
            e.Property(r => r.AgentUserId).HasMaxLength(64);
            e.HasIndex(r => r.AgentUserId);
            e.Ignore(r => r.Average);
        });
        builder.Entity<KpiBreach>(e =>
        {
            e.ToTable("KpiBreaches");
            e.Property(b => b.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(b => b.AgentUserId).HasMaxLength(64);
            e.HasIndex(b => new { b.SessionId, b.Kind, b.MessageId }).IsUnique();
            e.HasIndex(b => new { b.ChannelId, b.DetectedAt });
        });
        builder.Entity<Notification>(e =>
        {
            e.ToTable("Notifications");
            e.Property(n => n.UserId).HasMaxLength(64);
            e.Property(n => n.Text).HasMaxLength(100);
            e.Property(n => n.Arguments).HasMaxLength(2000);
            e.HasIndex(n => new { n.UserId, n.ReadAt });
        });
    }
}
