using Microsoft.EntityFrameworkCore;

namespace OpenChannels.Portal.Feed;

/// <summary>Database mapping of the company feed.</summary>
public static class FeedModel
{
    public static IReadOnlyList<string> Tables { get; } = ["FeedPosts", "FeedComments", "FeedLikes"];

    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<FeedPost>(e =>
        {
            e.ToTable("FeedPosts");
            e.Property(p => p.AuthorUserId).HasMaxLength(64);
            e.Property(p => p.Text).HasMaxLength(FeedService.MaxText);
            e.Property(p => p.QuotedText).HasMaxLength(FeedService.MaxText);
            e.Property(p => p.QuotedAuthor).HasMaxLength(200);
            e.HasIndex(p => p.CreatedAt);
        });
        builder.Entity<FeedComment>(e =>
        {
            e.ToTable("FeedComments");
            e.Property(c => c.AuthorUserId).HasMaxLength(64);
            e.Property(c => c.Text).HasMaxLength(FeedService.MaxComment);
            e.HasIndex(c => new { c.PostId, c.Id });
            e.HasOne<FeedPost>().WithMany().HasForeignKey(c => c.PostId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<FeedLike>(e =>
        {
            e.ToTable("FeedLikes");
            e.HasKey(l => new { l.PostId, l.UserId });
            e.Property(l => l.UserId).HasMaxLength(64);
            e.HasOne<FeedPost>().WithMany().HasForeignKey(l => l.PostId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
