using System.Text.Json;
using OpenChannels.Abstractions.Inbound;

namespace OpenChannels.Plugins.Meta;

/// <summary>Turns a Messenger/Instagram <c>message</c> object into an <see cref="InboundMessage"/>.</summary>
internal static class MessageContentMapper
{
    private static readonly HashSet<string> FileKinds = new(StringComparer.Ordinal) { "image", "audio", "video", "file" };

    public static InboundMessage ToInbound(JsonElement message, string chatId, ExternalUser user, string mid, DateTimeOffset date)
    {
        var text = message.Str("text");
        var replyTo = message.Child("reply_to");
        var contextUrl = replyTo?.Child("story")?.Str("url");
        var attachments = new List<InboundAttachment>();
        foreach (var attachment in message.Items("attachments"))
        {
            var type = attachment.Str("type") ?? "file";
            var payload = attachment.Child("payload");
            var url = payload?.Str("url");
            if (type == "story_mention")
            {
                contextUrl ??= url;
                text ??= "Mentioned you in a story";
            }
            else if (type == "location" && payload?.Child("coordinates") is { } at)
            {
                attachments.Add(new InboundAttachment("location", null, null) { Description = $"{at.Str("lat")},{at.Str("long")}" });
            }
            else if (FileKinds.Contains(type) && url is not null)
            {
                var kind = payload!.Value.Str("sticker_id") is null ? type : "sticker";
                attachments.Add(new InboundAttachment(kind, FileNameOf(url), null) { Url = url });
            }
            else
            {
                // Shared posts, reels and link fallbacks are links to show, not files to download.
                contextUrl ??= url;
            }
        }

        if (text is null && attachments.Count == 0 && contextUrl is null && message.Flag("is_unsupported"))
        {
            text = "(a message type this connector cannot show)";
        }

        return new InboundMessage(chatId, user, mid, date, text)
        {
            Attachments = attachments,
            ReplyToMessageId = replyTo?.Str("mid"),
            ContextUrl = contextUrl,
        };
    }

    private static string? FileNameOf(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && Path.GetFileName(uri.AbsolutePath) is { Length: > 0 } name && name.Contains('.', StringComparison.Ordinal)
            ? Uri.UnescapeDataString(name)
            : null;
}
