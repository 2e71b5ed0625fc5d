using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace OpenChannels.Plugins.Telegram.Api;

/// <summary>Builds the multipart/form-data body that the Bot API expects for uploads.</summary>
internal static class TelegramMultipart
{
    public static MultipartFormDataContent Build(TelegramRequest request)
    {
        // Part headers go out as UTF-8 so that a file name such as "отчёт.pdf" reaches the client unchanged.
        var form = new MultipartFormDataContent { HeaderEncodingSelector = (_, _) => Encoding.UTF8 };
        foreach (var (name, value) in request.Fields)
        {
            // Nested values (reply_markup, reply_parameters) travel as JSON-serialized strings, as the Bot API documents.
            var text = value is JsonValue v && v.TryGetValue<string>(out var s) ? s : value?.ToJsonString() ?? "";
            var part = new StringContent(text, Encoding.UTF8);
            part.Headers.ContentType = null;
            part.Headers.TryAddWithoutValidation("Content-Disposition", $"form-data; name=\"{name}\"");
            form.Add(part);
        }

        if (request.Upload is { } upload)
        {
            var (field, file) = upload;
            var part = new ReadOnlyMemoryContent(file.Content);
            part.Headers.ContentType = MediaTypeHeaderValue.TryParse(file.ContentType, out var type) ? type : new MediaTypeHeaderValue("application/octet-stream");
            part.Headers.TryAddWithoutValidation("Content-Disposition", $"form-data; name=\"{field}\"; filename=\"{SafeFileName(file.FileName)}\"");
            form.Add(part);
        }

        return form;
    }

    private static string SafeFileName(string name)
    {
        var cleaned = new string(name.Where(c => c is not ('"' or '\\') && !char.IsControl(c)).ToArray()).Trim();
        return cleaned.Length == 0 ? "file" : cleaned;
    }
}
