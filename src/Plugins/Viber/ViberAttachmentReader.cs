using System.Text.Json;
using OpenChannels.Abstractions.Inbound;

namespace OpenChannels.Plugins.Viber;

/// <summary>Reads the typed part of an incoming Viber message (picture, video, file, location, contact, sticker, url).</summary>
internal static class ViberAttachmentReader
{
    public static ViberMessageContent Read(string? type, JsonElement message, string? text) => type switch
    {
        "text" => text is null ? ViberMessageContent.Invalid("text message without text") : new(text, null),
        "picture" => Media(message, "image", text),
        "video" => Media(message, "video", text),
        "file" => Media(message, "file", text),
        "location" => Location(message, text),
        "contact" => Contact(message, text),
        "sticker" => Sticker(message, text),
        "url" => ViberJson.String(message, "media") is { Length: > 0 } url
            ? new(text ?? url, null)
            : ViberMessageContent.Invalid("url message without media"),

        // Keep whatever text a message type we do not know carries, so nothing the client sent is lost.
        _ => new(text ?? $"[Viber message of type '{type}' that this connector cannot show]", null),
    };

    private static ViberMessageContent Media(JsonElement message, string kind, string? text)
    {
        var media = ViberJson.String(message, "media");
        if (string.IsNullOrEmpty(media))
        {
            return ViberMessageContent.Invalid($"{kind} message without media");
        }

        // Viber's media URLs are public and short-lived; the host downloads them.
        var attachment = new InboundAttachment(kind, ViberJson.String(message, "file_name"), null)
        {
            Url = media,
            Size = ViberJson.Int64(message, "file_size") ?? ViberJson.Int64(message, "size"),
        };
        return new(text, attachment);
    }

    private static ViberMessageContent Location(JsonElement message, string? text)
    {
        var location = ViberJson.Object(message, "location");
        var lat = location is { } l ? ViberJson.Number(l, "lat") : null;
        var lon = location is { } m ? ViberJson.Number(m, "lon") : null;
        if (lat is null || lon is null)
        {
            return ViberMessageContent.Invalid("location message without location.lat and location.lon");
        }

        var where = $"{lat},{lon}";
        return new(text ?? $"Location: {where}", new InboundAttachment("location", null, null) { Description = where });
    }

    private static ViberMessageContent Contact(JsonElement message, string? text)
    {
        var contact = ViberJson.Object(message, "contact");
        var name = contact is { } c ? ViberJson.String(c, "name") : null;
        var phone = contact is { } p ? ViberJson.String(p, "phone_number") : null;
        if (string.IsNullOrWhiteSpace(name) && string.IsNullOrWhiteSpace(phone))
        {
            return ViberMessageContent.Invalid("contact message without contact.name or contact.phone_number");
        }

        // The card describes someone else, so it never becomes the sender's phone number.
        var card = string.Join(" ", new[] { name, phone }.Where(v => !string.IsNullOrWhiteSpace(v)));
        return new(text ?? $"Contact: {card}", new InboundAttachment("contact", null, null) { Description = card });
    }

    private static ViberMessageContent Sticker(JsonElement message, string? text)
    {
        var id = ViberJson.Id(message, "sticker_id");
        return id is null
            ? ViberMessageContent.Invalid("sticker message without sticker_id")
            : new(text, new InboundAttachment("sticker", null, null) { Description = $"Viber sticker {id}" });
    }
}
