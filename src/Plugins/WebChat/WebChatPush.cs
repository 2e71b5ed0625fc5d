using System.Text.Json;
using OpenChannels.Abstractions.Outbound;

namespace OpenChannels.Plugins.WebChat;

/// <summary>
/// What the widget receives live: <c>message</c>, <c>edit</c> and <c>delete</c>. A message with files tells the widget only their
/// names: it then reads the history, where the portal gives each file a link signed for that visitor.
/// </summary>
internal static class WebChatPush
{
    public static string Message(string id, OutboundMessage message, DateTimeOffset at) => JsonSerializer.Serialize(new
    {
        type = "message",
        id,
        from = "agent",
        text = message.Text ?? "",
        at,
        buttons = message.Buttons.Select(b => new { text = b.Text, payload = b.Payload }),
        files = message.Attachments.Select(a => new { name = a.FileName, contentType = a.ContentType, size = a.Content.Length }),
    }, WebChatJson.Options);

    public static string Edit(OutboundEdit edit) => JsonSerializer.Serialize(new { type = "edit", id = edit.MessageId, text = edit.NewText }, WebChatJson.Options);

    public static string Delete(OutboundDelete delete) => JsonSerializer.Serialize(new { type = "delete", id = delete.MessageId }, WebChatJson.Options);
}
