namespace OpenChannels.Portal.Drive;

/// <summary>One folder of a drive space: its path from the root, its subfolders and its files.</summary>
public sealed record DriveListing(bool Shared, Guid? FolderId, IReadOnlyList<DriveEntry> Path, IReadOnlyList<DriveEntry> Folders, IReadOnlyList<DriveFileView> Files);
