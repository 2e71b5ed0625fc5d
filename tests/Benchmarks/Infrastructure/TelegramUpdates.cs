using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using OpenChannels.Plugins.Testing;

namespace OpenChannels.Benchmarks.Infrastructure;

/// <summary>
/// Telegram updates in the real wire shape: the official private text update from the shared fixtures, with its update id,
/// chat, sender, message id and text replaced, so a run spreads over many distinct users and chats.
/// </summary>
public sealed class TelegramUpdates
{
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    private readonly string _template;

    public TelegramUpdates()
    {
        var update = JsonNode.Parse(Fixtures.Text("telegram", "update_private_text_official.json"))!.AsObject();
        update["update_id"] = "@@update";
        var message = update["message"]!.AsObject();
        message["message_id"] = "@@message";
        message["text"] = "@@text";
        message["date"] = "@@date";
        foreach (var party in new[] { message["chat"]!.AsObject(), message["from"]!.AsObject() })
        {
            party["id"] = "@@user";
            party["first_name"] = "Client";
            party["last_name"] = "@@name";
            party["username"] = "client_@@name";
        }

        // Numbers were written as strings so they could be found; the placeholders drop the quotes again.
        _template = update.ToJsonString().Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal)
            .Replace("\"@@update\"", "{0}", StringComparison.Ordinal)
            .Replace("\"@@message\"", "{1}", StringComparison.Ordinal)
            .Replace("\"@@date\"", "{2}", StringComparison.Ordinal)
            .Replace("\"@@user\"", "{3}", StringComparison.Ordinal)
            .Replace("@@name", "{4}", StringComparison.Ordinal)
            .Replace("\"@@text\"", "\"{5}\"", StringComparison.Ordinal);
    }

    /// <summary>Update number <paramref name="sequence"/> of chat <paramref name="chat"/> (a private chat: the chat is the user).</summary>
    public byte[] Create(long sequence, int chat, string text)
    {
        var user = 100_000_000L + chat;
        var json = string.Format(CultureInfo.InvariantCulture, _template, sequence, sequence, DateTimeOffset.UtcNow.ToUnixTimeSeconds(), user, chat, text);
        return Encoding.UTF8.GetBytes(json);
    }

    /// <summary>The chat id the portal stores for <paramref name="chat"/>.</summary>
    public static string ChatId(int chat) => (100_000_000L + chat).ToString(CultureInfo.InvariantCulture);
}
