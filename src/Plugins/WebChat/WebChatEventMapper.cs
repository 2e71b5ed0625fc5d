using OpenChannels.Abstractions.Inbound;

namespace OpenChannels.Plugins.WebChat;

/// <summary>Turns a relayed visitor action into the host's events. Bad input becomes <see cref="WebhookResult.Malformed"/>, never an exception.</summary>
internal static class WebChatEventMapper
{
    public static WebhookResult Map(WebChatEnvelope? e, TimeProvider clock)
    {
        if (e is null || string.IsNullOrWhiteSpace(e.VisitorId))
        {
            return WebhookResult.Malformed("visitorId is required");
        }

        switch (e.Type)
        {
            case "message" when !string.IsNullOrWhiteSpace(e.MessageId):
                if (!TryFiles(e.Files, out var files))
                {
                    return WebhookResult.Malformed("a file is not valid base64");
                }

                if (string.IsNullOrWhiteSpace(e.Text) && files.Count == 0)
                {
                    return WebhookResult.Malformed("a message needs text or a file");
                }

                var user = new ExternalUser(e.VisitorId, string.IsNullOrWhiteSpace(e.Name) ? "" : e.Name.Trim(), LanguageCode: e.Language, Phone: e.Phone, Email: e.Email);
                return WebhookResult.Accept(new InboundMessage(e.VisitorId, user, e.MessageId, e.Date ?? clock.GetUtcNow(), e.Text) { Attachments = files });
            case "rating" when !string.IsNullOrWhiteSpace(e.Payload):
                return WebhookResult.Accept(new RatingAnswered(e.VisitorId, e.Payload, e.MessageId ?? e.Payload));
            case "read" when e.MessageIds is { Count: > 0 } ids:
                return WebhookResult.Accept(new DeliveryStatusChanged(e.VisitorId, DeliveryState.Read, ids));
            default:
                return WebhookResult.Malformed($"unknown or incomplete action '{e.Type}'");
        }
    }

    private static bool TryFiles(IReadOnlyList<WebChatEnvelopeFile>? files, out List<InboundAttachment> attachments)
    {
        attachments = [];
        foreach (var f in files ?? [])
        {
            byte[] bytes;
            try
            {
                bytes = Convert.FromBase64String(f.Data ?? "");
            }
            catch (FormatException)
            {
                return false;
            }

            var type = string.IsNullOrWhiteSpace(f.ContentType) ? "application/octet-stream" : f.ContentType;
            attachments.Add(new InboundAttachment(type.StartsWith("image/", StringComparison.OrdinalIgnoreCase) ? "image" : "file", f.Name, type)
            {
                Content = bytes,
                Size = bytes.Length,
            });
        }

        return true;
    }
}
