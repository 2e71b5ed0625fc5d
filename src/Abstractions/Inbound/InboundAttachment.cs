namespace OpenChannels.Abstractions.Inbound;

/// <summary>A file from the client. Give the bytes in <see cref="Content"/>, or a <see cref="Url"/> the host may download.</summary>
/// <param name="Kind">Broad kind: image, audio, video, file, location, contact or sticker.</param>
/// <param name="FileName">Original file name, if any; the host treats it as untrusted text.</param>
/// <param name="ContentType">MIME type, if known.</param>
public sealed record InboundAttachment(string Kind, string? FileName, string? ContentType)
{
    /// <summary>The file's bytes, when the plugin fetched them (preferred when the URL holds a secret).</summary>
    public ReadOnlyMemory<byte>? Content { get; init; }

    /// <summary>A public URL of the file, when the plugin did not fetch it.</summary>
    public string? Url { get; init; }

    /// <summary>Size in bytes, when known.</summary>
    public long? Size { get; init; }

    /// <summary>Text describing the attachment when it has no bytes, for example a location or a contact card.</summary>
    public string? Description { get; init; }
}
