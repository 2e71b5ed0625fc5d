using OpenChannels.Abstractions.Outbound;

namespace OpenChannels.Plugins.Meta;

/// <summary>One Send API call: Meta messages carry either text or one attachment, never both.</summary>
/// <param name="Text">The text, for a text part.</param>
/// <param name="Attachment">The file, for an attachment part.</param>
/// <param name="QuickReplies">Buttons, put on the last part of a message.</param>
internal sealed record OutboundPart(string? Text, OutboundAttachment? Attachment, IReadOnlyList<OutboundButton> QuickReplies);
