using OpenChannels.Abstractions.Outbound;

namespace OpenChannels.Plugins.Meta;

/// <summary>Splits an agent's message into Send API calls: text pieces under the limit first, then one call per file.</summary>
internal static class OutboundPlanner
{
    public static IReadOnlyList<OutboundPart> Plan(OutboundMessage message, int maxChars, int maxUtf8Bytes)
    {
        var parts = new List<OutboundPart>();
        if (!string.IsNullOrWhiteSpace(message.Text))
        {
            parts.AddRange(TextChunker.Split(message.Text, maxChars, maxUtf8Bytes).Select(text => new OutboundPart(text, null, [])));
        }

        parts.AddRange(message.Attachments.Select(file => new OutboundPart(null, file, [])));
        if (parts.Count > 0 && message.Buttons.Count > 0)
        {
            // Quick replies hang under the last bubble, where the client sees them.
            parts[^1] = parts[^1] with { QuickReplies = message.Buttons };
        }

        return parts;
    }
}
