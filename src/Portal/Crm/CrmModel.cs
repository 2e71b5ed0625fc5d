using Microsoft.EntityFrameworkCore;

namespace OpenChannels.Portal.Crm;

/// <summary>Database mapping of the CRM's tables: page comments and the replies given to them.</summary>
public static class CrmModel
{
    public static IReadOnlyList<string> Tables { get; } = ["PageComments", "PageCommentReplies"];

    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<PageComment>(e =>
        {
            e.ToTable("PageComments");
            e.HasIndex(c => new { c.ConnectionId, c.CommentId }).IsUnique();
            e.HasIndex(c => new { c.ConnectionId, c.CreatedAt });
            e.Property(c => c.PostId).HasMaxLength(200);
            e.Property(c => c.CommentId).HasMaxLength(200);
            e.Property(c => c.ParentId).HasMaxLength(200);
            e.Property(c => c.Permalink).HasMaxLength(2000);
            e.Property(c => c.AuthorExternalId).HasMaxLength(200);
            e.Property(c => c.AuthorName).HasMaxLength(200);
            e.HasMany(c => c.Replies).WithOne().HasForeignKey(r => r.PageCommentId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<PageCommentReply>(e =>
        {
            e.ToTable("PageCommentReplies");
            e.HasIndex(r => r.PageCommentId);
            e.Property(r => r.AuthorUserId).HasMaxLength(64);
            e.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(r => r.ExternalId).HasMaxLength(200);
            e.Property(r => r.Error).HasMaxLength(1000);
        });
    }
}
