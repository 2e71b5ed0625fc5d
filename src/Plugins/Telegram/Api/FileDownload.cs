namespace OpenChannels.Plugins.Telegram.Api;

/// <summary>The outcome of downloading a file: its bytes, or why there are none.</summary>
internal sealed record FileDownload(byte[]? Content, bool TooLarge, string? Error)
{
    public static FileDownload Of(byte[] content) => new(content, false, null);

    public static FileDownload OverLimit() => new(null, true, null);

    public static FileDownload Failed(string error) => new(null, false, error);
}
