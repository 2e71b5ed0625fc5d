namespace OpenChannels.Portal.Uploads;

/// <summary>A file an employee uploaded for the reply they are writing, already stored and checked, not yet on a message.</summary>
public sealed record PendingFile(string FileName, string ContentType, long Size, string StoragePath);
