namespace OpenChannels.Portal.Drive;

/// <summary>A stored file in a drive space; its bytes live in the attachment store under a random name.</summary>
public sealed class DriveFile
{
    public Guid Id { get; set; }

    public string? OwnerUserId { get; set; }

    public Guid? FolderId { get; set; }

    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public long Size { get; set; }

    public required string StoragePath { get; set; }

    public required string UploadedByUserId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
