namespace OpenChannels.Plugins.Telegram.Inbound;

/// <summary>A MIME type for the files Telegram serves without one (photos, voice notes), guessed from the file path.</summary>
internal static class ContentTypes
{
    public static string FromFileName(string? name) => Path.GetExtension(name ?? "").ToLowerInvariant() switch
    {
        ".jpg" or ".jpeg" => "image/jpeg",
        ".png" => "image/png",
        ".webp" => "image/webp",
        ".oga" or ".ogg" => "audio/ogg",
        ".mp3" => "audio/mpeg",
        ".m4a" => "audio/mp4",
        ".mp4" => "video/mp4",
        ".pdf" => "application/pdf",
        _ => "application/octet-stream",
    };
}
