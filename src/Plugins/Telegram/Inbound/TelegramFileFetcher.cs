using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenChannels.Abstractions.Inbound;
using OpenChannels.Plugins.Telegram.Api;
using OpenChannels.Plugins.Telegram.Wire;

namespace OpenChannels.Plugins.Telegram.Inbound;

/// <summary>
/// Fetches a file through getFile and the file endpoint and hands the bytes to the host (the download URL holds the
/// bot token, so it must never be stored). A file over the host's limit, or one that cannot be fetched, becomes an
/// attachment that says so: the message itself is never lost.
/// </summary>
internal sealed class TelegramFileFetcher(TelegramApiClient api, long maxBytes)
{
    public async Task<InboundAttachment> FetchAsync(TelegramMediaRef media, CancellationToken cancellationToken)
    {
        if (media.Size > maxBytes)
        {
            return TooLarge(media, media.Size);
        }

        var response = await api.CallAsync(new TelegramRequest("getFile", new JsonObject { ["file_id"] = media.FileId }), cancellationToken).ConfigureAwait(false);
        if (!response.Ok)
        {
            // Telegram lets bots download at most 20 MB and says so with "file is too big".
            return TelegramErrorMapper.Has(response.Description, "file is too big")
                ? TooLarge(media, media.Size)
                : Unavailable(media, TelegramErrorMapper.Describe(response));
        }

        var file = ReadFile(response.Result);
        if (file?.FilePath is not { Length: > 0 } path)
        {
            return Unavailable(media, "getFile gave no file_path");
        }

        if (file.FileSize > maxBytes)
        {
            return TooLarge(media, file.FileSize);
        }

        var download = await api.DownloadAsync(path, maxBytes, cancellationToken).ConfigureAwait(false);
        if (download.TooLarge)
        {
            return TooLarge(media, file.FileSize ?? media.Size);
        }

        if (download.Content is not { } bytes)
        {
            return Unavailable(media, download.Error ?? "no content");
        }

        var name = media.FileName ?? Path.GetFileName(path);
        return new InboundAttachment(media.Kind, name, media.ContentType ?? ContentTypes.FromFileName(name)) { Content = bytes, Size = bytes.Length };
    }

    private static TgFile? ReadFile(JsonElement result)
    {
        try
        {
            return result.ValueKind == JsonValueKind.Object ? result.Deserialize<TgFile>(TelegramJson.Options) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private InboundAttachment TooLarge(TelegramMediaRef media, long? size)
    {
        var actual = size is null ? "more than the limit" : $"{size.Value.ToString(CultureInfo.InvariantCulture)} bytes";
        return Placeholder(media, size, $"{Label(media)} was too large to import ({actual}; the limit is {maxBytes.ToString(CultureInfo.InvariantCulture)} bytes).");
    }

    private static InboundAttachment Unavailable(TelegramMediaRef media, string reason) =>
        Placeholder(media, media.Size, $"{Label(media)} could not be downloaded from Telegram: {reason}.");

    private static InboundAttachment Placeholder(TelegramMediaRef media, long? size, string description) =>
        new(media.Kind, media.FileName, media.ContentType) { Size = size, Description = description };

    private static string Label(TelegramMediaRef media) =>
        (media.Kind switch { "image" => "The photo", "audio" => "The audio", "video" => "The video", _ => "The file" })
        + (media.FileName is { Length: > 0 } n ? $" \"{n}\"" : "");
}
