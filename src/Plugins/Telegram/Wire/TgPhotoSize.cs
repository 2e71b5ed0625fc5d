namespace OpenChannels.Plugins.Telegram.Wire;

/// <summary>One resolution of a photo; Telegram sends several per photo.</summary>
internal sealed record TgPhotoSize
{
    public string? FileId { get; init; }

    public int Width { get; init; }

    public int Height { get; init; }

    public long? FileSize { get; init; }
}
