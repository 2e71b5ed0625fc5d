using Microsoft.EntityFrameworkCore;

namespace OpenChannels.Portal.Drive;

/// <summary>Database mapping of the drive's folders and files.</summary>
public static class DriveModel
{
    public static IReadOnlyList<string> Tables { get; } = ["DriveFolders", "DriveFiles"];

    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<DriveFolder>(e =>
        {
            e.ToTable("DriveFolders");
            e.Property(f => f.OwnerUserId).HasMaxLength(64);
            e.Property(f => f.CreatedByUserId).HasMaxLength(64);
            e.Property(f => f.Name).HasMaxLength(DriveService.MaxName);
            e.HasIndex(f => new { f.OwnerUserId, f.ParentId });
        });
        builder.Entity<DriveFile>(e =>
        {
            e.ToTable("DriveFiles");
            e.Property(f => f.OwnerUserId).HasMaxLength(64);
            e.Property(f => f.UploadedByUserId).HasMaxLength(64);
            e.Property(f => f.FileName).HasMaxLength(255);
            e.Property(f => f.ContentType).HasMaxLength(100);
            e.Property(f => f.StoragePath).HasMaxLength(300);
            e.HasIndex(f => new { f.OwnerUserId, f.FolderId });
        });
    }
}
