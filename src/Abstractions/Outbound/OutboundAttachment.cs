namespace OpenChannels.Abstractions.Outbound;

/// <summary>A file to send.</summary>
/// <param name="FileName">The file name shown to the client.</param>
/// <param name="ContentType">The MIME type.</param>
/// <param name="Content">The bytes.</param>
public sealed record OutboundAttachment(string FileName, string ContentType, ReadOnlyMemory<byte> Content)
{
    /// <summary>A public URL of the same file, for messengers that fetch files by URL.</summary>
    public string? PublicUrl { get; init; }

    /// <summary>True for image types.</summary>
    public bool IsImage => ContentType.StartsWith("image/", StringComparison.OrdinalIgnoreCase);
}
