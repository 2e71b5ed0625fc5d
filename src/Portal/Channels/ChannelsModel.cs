using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Connections;

namespace OpenChannels.Portal.Channels;

/// <summary>Database mapping of channels, their members and their connections.</summary>
public static class ChannelsModel
{
    public static IReadOnlyList<string> Tables { get; } = ["Channels", "ChannelMembers", "Connections", "ConnectorStore"];

    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<Channel>(e =>
        {
            e.ToTable("Channels");
            e.Property(c => c.Name).HasMaxLength(100);
            e.Property(c => c.Distribution).HasConversion<string>().HasMaxLength(20);
            e.Property(c => c.WorkingDays).HasMaxLength(20);
            e.Property(c => c.TimeZone).HasMaxLength(64);
            e.Property(c => c.OffHoursMessage).HasMaxLength(2000);
            e.Property(c => c.WelcomeMessage).HasMaxLength(2000);
            e.Property(c => c.ClosingMessage).HasMaxLength(2000);
            e.Property(c => c.LastAssignedUserId).HasMaxLength(64);
            e.HasMany(c => c.Members).WithOne().HasForeignKey(m => m.ChannelId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<ChannelMember>(e =>
        {
            e.ToTable("ChannelMembers");
            e.HasKey(m => new { m.ChannelId, m.UserId });
            e.Property(m => m.UserId).HasMaxLength(64);
            e.HasIndex(m => m.UserId);
        });
        builder.Entity<Connection>(e =>
        {
            e.ToTable("Connections");
            e.Property(c => c.ConnectorId).HasMaxLength(64);
            e.Property(c => c.Name).HasMaxLength(100);
            e.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(c => c.StatusMessage).HasMaxLength(1000);
            e.HasIndex(c => c.ChannelId);
        });
        builder.Entity<ConnectorStoreEntry>(e =>
        {
            e.ToTable("ConnectorStore");
            e.HasKey(s => new { s.ConnectionId, s.Key });
            e.Property(s => s.Key).HasMaxLength(200);
        });
    }
}
