using OpenChannels.Abstractions.Outbound;

namespace OpenChannels.Plugins.Viber;

/// <summary>
/// Turns an agent's message into Viber messages: Viber carries one item per message, so text and each file are sent
/// separately (a picture takes a short text as its caption) and the keyboard rides on the last one.
/// </summary>
internal static class ViberPayloadBuilder
{
    /// <summary>Viber's limit on a picture's text.</summary>
    public const int MaxCaptionLength = 768;

    /// <summary>Viber's limit on <c>tracking_data</c>.</summary>
    private const int MaxTrackingData = 4000;

    public static ViberOutboundPlan Build(OutboundMessage message, ViberSettings settings)
    {
        if (message.Attachments.Any(a => string.IsNullOrWhiteSpace(a.PublicUrl)))
        {
            return ViberOutboundPlan.Invalid("Viber needs a public URL for files, and the portal gave none for this attachment.");
        }

        var text = string.IsNullOrWhiteSpace(message.Text) ? null : message.Text;
        var first = message.Attachments.Count > 0 ? message.Attachments[0] : null;
        var caption = first is not null && IsPicture(first) && text is { Length: <= MaxCaptionLength } ? text : null;
        var template = new ViberSendRequest
        {
            Receiver = message.ChatId,
            MinApiVersion = 1,
            Sender = settings.Sender,
            TrackingData = message.LocalId is { Length: > 0 and <= MaxTrackingData } id ? id : null,
            Type = "text",
        };

        var parts = new List<ViberSendRequest>();
        if (text is not null && caption is null)
        {
            parts.AddRange(ViberText.Split(text, ViberSettingKeys.MaxTextLength).Select(chunk => template with { Text = chunk }));
        }

        foreach (var attachment in message.Attachments)
        {
            parts.Add(IsPicture(attachment)
                ? template with { Type = "picture", Text = ReferenceEquals(attachment, first) ? caption ?? "" : "", Media = attachment.PublicUrl }
                : template with { Type = "file", Media = attachment.PublicUrl, Size = attachment.Content.Length, FileName = attachment.FileName });
        }

        if (parts.Count == 0)
        {
            return ViberOutboundPlan.Invalid("The message has neither text nor files, and Viber cannot send an empty message.");
        }

        parts[^1] = parts[^1] with { Keyboard = ViberKeyboard.From(message.Buttons) };
        return new ViberOutboundPlan(parts);
    }

    /// <summary>Viber shows only JPEG, PNG and still GIF as pictures; other images travel as files.</summary>
    private static bool IsPicture(OutboundAttachment attachment) =>
        attachment.ContentType.ToLowerInvariant() is "image/jpeg" or "image/jpg" or "image/png" or "image/gif";
}
