namespace OpenChannels.Plugins.Telegram.Inbound;

/// <summary>A file attached to a message, known by its file_id until it is fetched.</summary>
/// <param name="Kind">The portal's broad kind: image, audio, video or file.</param>
/// <param name="FileId">Telegram's file_id, for getFile.</param>
/// <param name="FileName">The sender's file name, when Telegram gives one.</param>
/// <param name="ContentType">The MIME type, when known.</param>
/// <param name="Size">The size Telegram announced, when it did.</param>
internal sealed record TelegramMediaRef(string Kind, string FileId, string? FileName, string? ContentType, long? Size);
