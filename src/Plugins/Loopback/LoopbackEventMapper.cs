using OpenChannels.Abstractions.Inbound;

namespace OpenChannels.Plugins.Loopback;

/// <summary>Maps the sample's JSON body to normalized events.</summary>
internal static class LoopbackEventMapper
{
    public static WebhookResult Map(LoopbackInbound? body, TimeProvider clock)
    {
        if (body is null || string.IsNullOrWhiteSpace(body.ChatId))
        {
            return WebhookResult.Malformed("chatId is required");
        }

        var date = body.Date ?? clock.GetUtcNow();
        switch (body.Type ?? "message")
        {
            case "message":
                if (string.IsNullOrWhiteSpace(body.MessageId) || string.IsNullOrWhiteSpace(body.UserId))
                {
                    return WebhookResult.Malformed("messageId and userId are required for a message");
                }

                var user = new ExternalUser(body.UserId, string.IsNullOrWhiteSpace(body.UserName) ? body.UserId : body.UserName, body.AvatarUrl);
                var files = (body.Files ?? []).Where(f => f is not null).Select(f => new InboundAttachment("file", f.Name, f.ContentType) { Content = f.Content, Size = f.Content?.Length }).ToList();
                return WebhookResult.Accept(new InboundMessage(body.ChatId, user, body.MessageId, date, body.Text) { ReplyToMessageId = body.ReplyTo, Attachments = files });
            case "edit" when !string.IsNullOrWhiteSpace(body.MessageId):
                return WebhookResult.Accept(new MessageEdited(body.ChatId, body.MessageId, body.Text, date));
            case "delete" when !string.IsNullOrWhiteSpace(body.MessageId):
                return WebhookResult.Accept(new MessageDeleted(body.ChatId, body.MessageId));
            case "rating" when !string.IsNullOrWhiteSpace(body.Payload):
                return WebhookResult.Accept(new RatingAnswered(body.ChatId, body.Payload, body.MessageId ?? body.Payload));
            case "ping":
                return WebhookResult.Accept();
            default:
                return WebhookResult.Malformed($"unknown or incomplete event type '{body.Type}'");
        }
    }
}
