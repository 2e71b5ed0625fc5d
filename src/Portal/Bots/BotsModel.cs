using Microsoft.EntityFrameworkCore;

namespace OpenChannels.Portal.Bots;

/// <summary>Database mapping of channel bots and the sessions they hold.</summary>
public static class BotsModel
{
    public static IReadOnlyList<string> Tables { get; } = ["ChannelBots", "BotSessions"];

    /// <summary>Longest encrypted settings a channel's bot row holds (the column's size since schema step 8).</summary>
    public const int MaxStoredSettings = 20_000;

    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<ChannelBot>(e =>
        {
            e.ToTable("ChannelBots");
            e.HasKey(b => b.ChannelId);
            e.Property(b => b.BotId).HasMaxLength(40);
            e.Property(b => b.Settings).HasMaxLength(MaxStoredSettings);
        });
        builder.Entity<BotSessionState>(e =>
        {
            e.ToTable("BotSessions");
            e.HasKey(b => b.SessionId);
            e.Property(b => b.BotId).HasMaxLength(40);
            e.Property(b => b.Status).HasConversion<string>().HasMaxLength(20);
            e.HasIndex(b => b.ConversationId);
        });
    }
}
