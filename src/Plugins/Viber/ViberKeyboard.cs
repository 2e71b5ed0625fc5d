using System.Text.Json.Serialization;
using OpenChannels.Abstractions.Outbound;

namespace OpenChannels.Plugins.Viber;

/// <summary>A custom keyboard attached to a message; a press comes back as a text message whose text is the ActionBody.</summary>
internal sealed record ViberKeyboard(
    [property: JsonPropertyName("Type")] string Type,
    [property: JsonPropertyName("DefaultHeight")] bool DefaultHeight,
    [property: JsonPropertyName("Buttons")] IReadOnlyList<ViberKeyboardButton> Buttons)
{
    /// <summary>Viber lays buttons out on a 6-column grid.</summary>
    private const int GridColumns = 6;

    public static ViberKeyboard? From(IReadOnlyList<OutboundButton> buttons)
    {
        if (buttons.Count == 0)
        {
            return null;
        }

        // Up to three buttons share one row; more wrap three to a row so labels stay readable on a phone.
        var columns = Math.Max(GridColumns / Math.Min(buttons.Count, 3), 2);

        // Silent: the payload (for example "rating:5") is not echoed into the chat as if the client had typed it.
        var items = buttons.Select(b => new ViberKeyboardButton("reply", b.Payload, b.Text, columns, 1, Silent: true)).ToList();
        return new ViberKeyboard("keyboard", DefaultHeight: false, items);
    }
}
