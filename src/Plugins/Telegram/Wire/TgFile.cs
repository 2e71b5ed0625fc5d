namespace OpenChannels.Plugins.Telegram.Wire;

/// <summary>What getFile answers: where the file can be downloaded from.</summary>
internal sealed record TgFile
{
    public string? FileId { get; init; }

    public long? FileSize { get; init; }

    public string? FilePath { get; init; }
}
