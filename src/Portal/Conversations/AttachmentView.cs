namespace OpenChannels.Portal.Conversations;

/// <summary>A file on a message. <see cref="Url"/> is the portal's own download address (or the messenger's link).</summary>
public sealed record AttachmentView(Guid Id, string FileName, string ContentType, long Size, string? Url);
