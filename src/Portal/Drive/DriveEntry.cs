namespace OpenChannels.Portal.Drive;

/// <summary>A folder by id and name.</summary>
public sealed record DriveEntry(Guid Id, string Name);
