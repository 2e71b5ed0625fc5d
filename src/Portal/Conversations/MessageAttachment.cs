namespace OpenChannels.Portal.Conversations;

/// <summary>A file on a message, stored under the data directory (or only linked when the messenger gave a URL).</summary>
public sealed class MessageAttachment
{
    public Guid Id { get; set; }

    public long MessageId { get; set; }

    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public long Size { get; set; }

    /// <summary>Path relative to the uploads folder, when the bytes are stored.</summary>
    public string? StoragePath { get; set; }

    public string? Url { get; set; }
}
