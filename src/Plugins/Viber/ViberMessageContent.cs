using OpenChannels.Abstractions.Inbound;

namespace OpenChannels.Plugins.Viber;

/// <summary>What one Viber message holds: its text and at most one attachment, or why it cannot be read.</summary>
internal sealed record ViberMessageContent(string? Text, InboundAttachment? Attachment, string? Error = null)
{
    public static ViberMessageContent Invalid(string error) => new(null, null, error);
}
