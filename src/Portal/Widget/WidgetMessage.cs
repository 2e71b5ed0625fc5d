namespace OpenChannels.Portal.Widget;

/// <summary>A visitor's message after every check, ready to relay to the plugin.</summary>
public sealed record WidgetMessage(string Id, string? Text, string? Language, WidgetUpload? File)
{
    public object Envelope(VisitorToken visitor) => new
    {
        type = "message",
        visitorId = visitor.VisitorId,
        messageId = Id,
        name = visitor.Name ?? "Visitor " + visitor.VisitorId[1..7],
        email = visitor.Email,
        phone = visitor.Phone,
        language = Language,
        text = Text,
        files = File is null ? [] : new[] { new { name = File.Name, contentType = File.ContentType, data = Convert.ToBase64String(File.Content) } },
    };
}
