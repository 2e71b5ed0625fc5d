using System.Text.Json.Nodes;
using OpenChannels.Abstractions.Outbound;

namespace OpenChannels.Plugins.Meta;

/// <summary>Builds Send API request bodies: <c>{messaging_type, recipient, tag?, message}</c>.</summary>
internal static class SendApiPayload
{
    private const int MaxQuickReplies = 13;
    private const int MaxQuickReplyTitle = 20;

    public static JsonObject Envelope(JsonObject recipient, WindowDecision window, JsonNode message, bool alwaysSendMessagingType)
    {
        var body = new JsonObject();
        if (alwaysSendMessagingType || window.IsTagged)
        {
            body["messaging_type"] = window.MessagingType;
        }

        body["recipient"] = recipient;
        if (window.Tag is { } tag)
        {
            body["tag"] = tag;
        }

        body["message"] = message;
        return body;
    }

    /// <summary>The <c>message</c> object for a text part, or for a file Meta fetches from <paramref name="attachmentUrl"/> (null: uploaded as filedata).</summary>
    public static JsonObject Message(OutboundPart part, string? attachmentUrl)
    {
        var message = new JsonObject();
        if (part.Attachment is { } file)
        {
            var payload = attachmentUrl is null ? new JsonObject() : new JsonObject { ["url"] = attachmentUrl };
            payload["is_reusable"] = false;
            message["attachment"] = new JsonObject { ["type"] = AttachmentType(file), ["payload"] = payload };
        }
        else
        {
            message["text"] = part.Text;
        }

        if (part.QuickReplies.Count > 0)
        {
            message["quick_replies"] = new JsonArray(part.QuickReplies.Take(MaxQuickReplies).Select(QuickReply).ToArray<JsonNode?>());
        }

        return message;
    }

    /// <summary>Meta's attachment types: image, audio, video, or file for anything else.</summary>
    public static string AttachmentType(OutboundAttachment file) => file.ContentType.Split('/')[0].ToLowerInvariant() switch
    {
        "image" => "image",
        "audio" => "audio",
        "video" => "video",
        _ => "file",
    };

    private static JsonObject QuickReply(OutboundButton button) => new()
    {
        ["content_type"] = "text",
        ["title"] = button.Text.Length > MaxQuickReplyTitle ? button.Text[..MaxQuickReplyTitle] : button.Text,
        ["payload"] = button.Payload,
    };
}
