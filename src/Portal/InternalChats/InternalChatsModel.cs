using Microsoft.EntityFrameworkCore;

namespace OpenChannels.Portal.InternalChats;

/// <summary>Database mapping of internal chat rooms, their members and messages.</summary>
public static class InternalChatsModel
{
    public static IReadOnlyList<string> Tables { get; } = ["InternalChats", "InternalChatMembers", "InternalChatMessages"];

    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<InternalChat>(e =>
        {
            e.ToTable("InternalChats");
            e.Property(c => c.Title).HasMaxLength(InternalChatService.MaxTitle);
            e.Property(c => c.CreatedByUserId).HasMaxLength(64);
            e.HasIndex(c => c.IsPublic);
        });
        builder.Entity<InternalChatMember>(e =>
        {
            e.ToTable("InternalChatMembers");
            e.HasKey(m => new { m.ChatId, m.UserId });
            e.Property(m => m.UserId).HasMaxLength(64);
            e.HasIndex(m => m.UserId);
            e.HasOne<InternalChat>().WithMany().HasForeignKey(m => m.ChatId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<InternalChatMessage>(e =>
        {
            e.ToTable("InternalChatMessages");
            e.Property(m => m.AuthorUserId).HasMaxLength(64);
            e.Property(m => m.Text).HasMaxLength(InternalChatService.MaxText);
            e.Property(m => m.QuotedText).HasMaxLength(InternalChatService.MaxText);
            e.Property(m => m.QuotedAuthor).HasMaxLength(200);
            e.HasIndex(m => new { m.ChatId, m.Id });
            e.HasOne<InternalChat>().WithMany().HasForeignKey(m => m.ChatId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
