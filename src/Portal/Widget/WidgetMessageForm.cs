namespace OpenChannels.Portal.Widget;

/// <summary>Reads and checks the fields of <c>POST messages</c> against the connection's limits.</summary>
public static class WidgetMessageForm
{
    public static async Task<(WidgetMessage? Message, IResult? Error)> ReadAsync(WidgetSite site, IFormCollection form, CancellationToken ct)
    {
        var id = form["id"].ToString();
        var text = form["text"].ToString().Trim();
        var lang = form["lang"].ToString() is { Length: > 0 and <= 20 } l ? l : null;
        if (!WidgetMessagesApi.IsClientId(id))
        {
            return (null, WidgetResults.Invalid("id must be v- followed by 8 to 64 letters, digits or dashes."));
        }

        if (text.Length > site.MaxMessageLength)
        {
            return (null, WidgetResults.TooLarge($"The message is longer than {site.MaxMessageLength} characters."));
        }

        if (form.Files.Count > 1)
        {
            return (null, WidgetResults.Invalid("Send one file per message."));
        }

        WidgetUpload? upload = null;
        if (form.Files.Count == 1)
        {
            var file = form.Files[0];
            var type = (file.ContentType ?? "").Split(';')[0].Trim().ToLowerInvariant();
            if (file.Length > site.MaxFileBytes)
            {
                return (null, WidgetResults.TooLarge($"The file is larger than {site.MaxFileBytes / (1024 * 1024)} MB."));
            }

            if (!site.FileTypes.Contains(type))
            {
                return (null, WidgetResults.Unsupported("This type of file is not accepted here."));
            }

            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            var bytes = buffer.ToArray();
            if (!WidgetFiles.LooksLike(type, bytes))
            {
                return (null, WidgetResults.Unsupported("The file's content does not match its type."));
            }

            upload = new WidgetUpload(string.IsNullOrWhiteSpace(file.FileName) ? "file" : file.FileName, type, bytes);
        }

        return text.Length == 0 && upload is null
            ? (null, WidgetResults.Invalid("Write a message or attach a file."))
            : (new WidgetMessage(id, text.Length == 0 ? null : text, lang, upload), null);
    }
}
