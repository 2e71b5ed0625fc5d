using System.Text.Json.Nodes;
using OpenChannels.Abstractions.Outbound;
using OpenChannels.Plugins.Telegram.Api;

namespace OpenChannels.Plugins.Telegram.Outbound;

/// <summary>
/// Turns one agent message into Bot API calls: the text (as the first file's caption when it fits), one upload per
/// file, the quote on the first call and the buttons on the last.
/// </summary>
internal static class TelegramSendPlanner
{
    public const int TextLimit = 4096;
    public const int CaptionLimit = 1024;
    private const long UploadLimit = 50L * 1024 * 1024;
    private const long PhotoLimit = 10L * 1024 * 1024;
    private static readonly string[] PhotoTypes = ["image/jpeg", "image/jpg", "image/png", "image/webp"];

    public static IReadOnlyList<TelegramRequest> Plan(OutboundMessage message, long maxFileBytes, out string? error)
    {
        var text = string.IsNullOrWhiteSpace(message.Text) ? null : message.Text;
        var files = message.Attachments;
        var keyboard = TelegramKeyboard.Build(message.Buttons, out error);
        error ??= text is null && files.Count == 0 ? "The message has neither text nor files"
            : files.FirstOrDefault(f => f.Content.Length == 0) is { } empty ? $"The file \"{empty.FileName}\" is empty"
            : files.FirstOrDefault(f => f.Content.Length > Math.Min(maxFileBytes, UploadLimit)) is { } big
                ? $"The file \"{big.FileName}\" is larger than Telegram or the portal accepts ({Math.Min(maxFileBytes, UploadLimit)} bytes)"
                : null;
        if (error is not null)
        {
            return [];
        }

        var caption = files.Count > 0 && text is { Length: <= CaptionLimit } ? text : null;
        var steps = new List<TelegramRequest>();
        if (text is not null && caption is null)
        {
            steps.AddRange(TelegramTextSplitter.Split(text, TextLimit)
                .Select(piece => new TelegramRequest("sendMessage", new JsonObject { ["chat_id"] = message.ChatId, ["text"] = piece })));
        }

        steps.AddRange(files.Select((file, i) => FileStep(message.ChatId, file, i == 0 ? caption : null)));
        if (TelegramMessageRef.TryParse(message.ReplyToMessageId, message.ChatId, out var quoted))
        {
            // If the client deleted the quoted message, send anyway rather than fail.
            steps[0].Fields["reply_parameters"] = new JsonObject { ["message_id"] = quoted.MessageId, ["allow_sending_without_reply"] = true };
        }

        if (keyboard is not null)
        {
            steps[^1].Fields["reply_markup"] = keyboard;
        }

        return steps;
    }

    /// <summary>The same upload as a document: Telegram refuses some images as photos (odd dimensions) but takes any file.</summary>
    public static TelegramRequest AsDocument(TelegramRequest photo) =>
        new("sendDocument", (JsonObject)photo.Fields.DeepClone()) { Upload = ("document", photo.Upload!.Value.File) };

    private static TelegramRequest FileStep(string chatId, OutboundAttachment file, string? caption)
    {
        var asPhoto = file.Content.Length <= PhotoLimit && PhotoTypes.Contains(file.ContentType.Split(';')[0].Trim().ToLowerInvariant());
        var fields = new JsonObject { ["chat_id"] = chatId };
        if (caption is not null)
        {
            fields["caption"] = caption;
        }

        return asPhoto
            ? new TelegramRequest("sendPhoto", fields) { Upload = ("photo", file) }
            : new TelegramRequest("sendDocument", fields) { Upload = ("document", file) };
    }
}
