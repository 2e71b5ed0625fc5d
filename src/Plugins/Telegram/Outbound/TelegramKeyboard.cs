using System.Text;
using System.Text.Json.Nodes;
using OpenChannels.Abstractions.Outbound;

namespace OpenChannels.Plugins.Telegram.Outbound;

/// <summary>Builds an inline keyboard (<c>reply_markup</c>) from the host's buttons; presses come back as callback queries.</summary>
internal static class TelegramKeyboard
{
    /// <summary>Telegram's limit on <c>callback_data</c>.</summary>
    public const int MaxPayloadBytes = 64;

    /// <summary>Five buttons fit side by side on a phone (a 1-5 rating row).</summary>
    public const int ButtonsPerRow = 5;

    public static JsonObject? Build(IReadOnlyList<OutboundButton> buttons, out string? error)
    {
        error = buttons.FirstOrDefault(b => string.IsNullOrWhiteSpace(b.Text)) is not null ? "A button has no label"
            : buttons.FirstOrDefault(b => Encoding.UTF8.GetByteCount(b.Payload) is 0 or > MaxPayloadBytes) is { } bad
                ? $"The payload of button \"{bad.Text}\" must be 1-{MaxPayloadBytes} bytes for Telegram"
                : null;
        if (error is not null || buttons.Count == 0)
        {
            return null;
        }

        var rows = new JsonArray();
        foreach (var row in buttons.Chunk(ButtonsPerRow))
        {
            rows.Add(new JsonArray(row.Select(b => (JsonNode)new JsonObject { ["text"] = b.Text, ["callback_data"] = b.Payload }).ToArray()));
        }

        return new JsonObject { ["inline_keyboard"] = rows };
    }
}
