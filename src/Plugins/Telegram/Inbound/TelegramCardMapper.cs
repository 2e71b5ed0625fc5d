using System.Globalization;
using OpenChannels.Abstractions.Inbound;
using OpenChannels.Plugins.Telegram.Wire;

namespace OpenChannels.Plugins.Telegram.Inbound;

/// <summary>Content without a file to fetch (stickers, locations, contacts) becomes an attachment described in text.</summary>
internal static class TelegramCardMapper
{
    public static InboundAttachment? Describe(TgMessage message)
    {
        if (message.Sticker is { } sticker)
        {
            return new InboundAttachment("sticker", null, null) { Description = $"Sticker {sticker.Emoji}".Trim() };
        }

        if (message.Location is { } location)
        {
            var at = string.Create(CultureInfo.InvariantCulture, $"{location.Latitude}, {location.Longitude}");
            return new InboundAttachment("location", null, null) { Description = $"Location: {at}" };
        }

        if (message.Contact is { } contact)
        {
            var name = $"{contact.FirstName} {contact.LastName}".Trim();
            return new InboundAttachment("contact", null, null) { Description = $"Contact: {name} {contact.PhoneNumber}".Trim() };
        }

        return null;
    }
}
