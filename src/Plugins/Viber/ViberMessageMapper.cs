using System.Text.Json;
using OpenChannels.Abstractions.Inbound;

namespace OpenChannels.Plugins.Viber;

/// <summary>Maps a <c>message</c> callback: a client's message, or a keyboard press that answers a rating.</summary>
internal static class ViberMessageMapper
{
    /// <summary>Payload prefix of the host's rating buttons; a keyboard press comes back as a text equal to the payload.</summary>
    public const string RatingPrefix = "rating:";

    public static WebhookResult Map(JsonElement root, DateTimeOffset now)
    {
        var sender = ViberJson.Object(root, "sender");
        var senderId = sender is { } s ? ViberJson.String(s, "id") : null;
        var token = ViberJson.Id(root, "message_token");
        var message = ViberJson.Object(root, "message");
        if (sender is null || string.IsNullOrEmpty(senderId) || token is null || message is not { } body)
        {
            return WebhookResult.Malformed("message callback without sender.id, message_token or message");
        }

        var user = new ExternalUser(
            senderId,
            ViberJson.String(sender.Value, "name") is { Length: > 0 } name ? name : senderId,
            AvatarUrl: ViberJson.String(sender.Value, "avatar"),
            LanguageCode: ViberJson.String(sender.Value, "language"));
        var type = ViberJson.String(body, "type");
        var text = ViberJson.String(body, "text") is { Length: > 0 } t ? t : null;
        var date = ViberJson.Timestamp(root, now);

        if (type == "text" && text is not null && text.StartsWith(RatingPrefix, StringComparison.Ordinal))
        {
            return WebhookResult.Accept(new RatingAnswered(senderId, text, token));
        }

        return ViberAttachmentReader.Read(type, body, text) switch
        {
            { Error: { } error } => WebhookResult.Malformed(error),
            var content => WebhookResult.Accept(new InboundMessage(senderId, user, token, date, content.Text)
            {
                Attachments = content.Attachment is null ? [] : [content.Attachment],
            }),
        };
    }
}
