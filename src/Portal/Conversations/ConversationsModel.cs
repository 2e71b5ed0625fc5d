using Microsoft.EntityFrameworkCore;

namespace OpenChannels.Portal.Conversations;

/// <summary>Database mapping of clients, conversations, sessions and messages.</summary>
public static class ConversationsModel
{
    public static IReadOnlyList<string> Tables { get; } = ["Clients", "Conversations", "Sessions", "Messages", "MessageAttachments", "Participants"];

    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<Client>(e =>
        {
            e.ToTable("Clients");
            e.HasIndex(c => new { c.ConnectionId, c.ExternalUserId }).IsUnique();
            e.Property(c => c.ExternalUserId).HasMaxLength(200);
            e.Property(c => c.Name).HasMaxLength(200);
            e.Property(c => c.AvatarUrl).HasMaxLength(2000);
            e.Property(c => c.Username).HasMaxLength(200);
            e.Property(c => c.Phone).HasMaxLength(50);
            e.Property(c => c.Email).HasMaxLength(200);
            e.Property(c => c.LanguageCode).HasMaxLength(20);
        });
        builder.Entity<Conversation>(e =>
        {
            e.ToTable("Conversations");
            e.HasIndex(c => new { c.ConnectionId, c.ExternalChatId }).IsUnique();
            e.HasIndex(c => new { c.ChannelId, c.Status });
            e.HasIndex(c => new { c.ChannelId, c.Status, c.LastMessageAt }); // auto-close: the next to fall due, a range read (schema step 11)
            e.HasIndex(c => new { c.AssignedUserId, c.Status });
            e.Property(c => c.ExternalChatId).HasMaxLength(200);
            e.Property(c => c.Title).HasMaxLength(200);
            e.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(c => c.AssignedUserId).HasMaxLength(64);
            e.Property(c => c.LastMessagePreview).HasMaxLength(200);
            e.Property(c => c.Version).IsConcurrencyToken();
            e.HasOne(c => c.Client).WithMany().HasForeignKey(c => c.ClientId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<Session>(e =>
        {
            e.ToTable("Sessions");
            e.HasIndex(s => new { s.ConversationId, s.Number }).IsUnique();
            e.Property(s => s.AnsweredByUserId).HasMaxLength(64);
            e.Property(s => s.EndReason).HasConversion<string>().HasMaxLength(20);
            e.Property(s => s.CustomerRating).HasConversion<string>().HasMaxLength(20);
            e.HasIndex(s => s.StartedAt);
            e.HasIndex(s => new { s.ChannelId, s.StartedAt });
            e.HasIndex(s => new { s.AssignmentNumber, s.StartedAt }); // the routing sweep: sessions never routed (schema step 11)
        });
        builder.Entity<Message>(e =>
        {
            e.ToTable("Messages");
            e.HasIndex(m => new { m.ConversationId, m.ExternalId }).IsUnique();
            e.HasIndex(m => new { m.ConversationId, m.Id });
            e.HasIndex(m => new { m.Delivery, m.CreatedAt });
            e.Property(m => m.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(m => m.ExternalId).HasMaxLength(200);
            e.Property(m => m.AuthorUserId).HasMaxLength(64);
            e.Property(m => m.Delivery).HasConversion<string>().HasMaxLength(20);
            e.Property(m => m.DeliveryError).HasMaxLength(1000);
            e.Property(m => m.Buttons).HasMaxLength(2000);
            e.HasMany(m => m.Attachments).WithOne().HasForeignKey(a => a.MessageId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<MessageAttachment>(e =>
        {
            e.ToTable("MessageAttachments");
            e.Property(a => a.FileName).HasMaxLength(255);
            e.Property(a => a.ContentType).HasMaxLength(100);
            e.Property(a => a.StoragePath).HasMaxLength(500);
            e.Property(a => a.Url).HasMaxLength(2000);
        });
        builder.Entity<Participant>(e =>
        {
            e.ToTable("Participants");
            e.HasKey(p => new { p.ConversationId, p.UserId });
            e.Property(p => p.UserId).HasMaxLength(64);
            e.HasIndex(p => p.UserId);
        });
    }
}
