namespace OpenChannels.Portal.Drive;

/// <summary>A drive file as lists show it; <see cref="Url"/> downloads it.</summary>
public sealed record DriveFileView(Guid Id, string FileName, string ContentType, long Size, string UploadedByName, DateTimeOffset CreatedAt, bool CanDelete)
{
    public string Url => $"/drive/files/{Id}";
}
