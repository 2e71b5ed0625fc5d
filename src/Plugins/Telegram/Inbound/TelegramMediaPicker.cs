using OpenChannels.Plugins.Telegram.Wire;

namespace OpenChannels.Plugins.Telegram.Inbound;

/// <summary>Finds the one file a message carries (a Telegram message has at most one).</summary>
internal static class TelegramMediaPicker
{
    public static TelegramMediaRef? Pick(TgMessage message, long maxBytes)
    {
        if (message.Photo is { Count: > 0 } sizes)
        {
            return PickPhoto(sizes, maxBytes);
        }

        return From("file", message.Document, null)
            ?? From("audio", message.Voice, "audio/ogg")
            ?? From("video", message.Video, "video/mp4")
            ?? From("audio", message.Audio, null)
            ?? From("video", message.Animation, "video/mp4")
            ?? From("video", message.VideoNote, "video/mp4");
    }

    /// <summary>
    /// Telegram offers several resolutions of one photo. Take the largest that fits the host's limit; when none fits,
    /// take the largest anyway so that the fetcher reports it as too large.
    /// </summary>
    private static TelegramMediaRef? PickPhoto(IReadOnlyList<TgPhotoSize> sizes, long maxBytes)
    {
        var usable = sizes.Where(s => !string.IsNullOrEmpty(s.FileId))
            .OrderByDescending(s => (long)s.Width * s.Height)
            .ThenByDescending(s => s.FileSize ?? 0)
            .ToList();
        var best = usable.FirstOrDefault(s => s.FileSize is null || s.FileSize <= maxBytes) ?? usable.FirstOrDefault();

        // Telegram re-encodes every photo as JPEG.
        return best is null ? null : new TelegramMediaRef("image", best.FileId!, null, "image/jpeg", best.FileSize);
    }

    private static TelegramMediaRef? From(string kind, TgMedia? media, string? defaultType) =>
        media is { FileId: { Length: > 0 } id }
            ? new TelegramMediaRef(kind, id, media.FileName, media.MimeType ?? defaultType, media.FileSize)
            : null;
}
