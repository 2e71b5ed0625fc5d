using System.Globalization;
using OpenChannels.Abstractions.Inbound;
using OpenChannels.Plugins.Telegram.Wire;

namespace OpenChannels.Plugins.Telegram.Inbound;

/// <summary>Maps Telegram's User to the portal's client. Avatars are left out: their URLs would carry the bot token.</summary>
internal static class TelegramUserMapper
{
    /// <summary>Maps <paramref name="from"/>; in a private chat the chat itself describes the same person.</summary>
    public static ExternalUser Map(TgUser? from, TgChat chat)
    {
        var id = (from?.Id ?? chat.Id)?.ToString(CultureInfo.InvariantCulture) ?? "";
        var first = from is null ? chat.FirstName : from.FirstName;
        var last = from is null ? chat.LastName : from.LastName;
        var username = from is null ? chat.Username : from.Username;
        var name = $"{first} {last}".Trim();
        if (name.Length == 0)
        {
            name = string.IsNullOrEmpty(username) ? id : "@" + username;
        }

        return new ExternalUser(id, name, LanguageCode: from?.LanguageCode, Username: username);
    }
}
