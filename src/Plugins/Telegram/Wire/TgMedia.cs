namespace OpenChannels.Plugins.Telegram.Wire;

/// <summary>The fields that Document, Voice, Video, Audio, Animation and VideoNote share.</summary>
internal sealed record TgMedia
{
    public string? FileId { get; init; }

    public string? FileName { get; init; }

    public string? MimeType { get; init; }

    public long? FileSize { get; init; }
}
