namespace OpenChannels.Abstractions.Outbound;

/// <summary>A button under a message.</summary>
/// <param name="Text">Label shown to the client.</param>
/// <param name="Payload">Opaque value sent back when pressed; at most 64 bytes.</param>
public sealed record OutboundButton(string Text, string Payload);
