namespace OpenChannels.Plugins.WebChat;

/// <summary>A file the visitor attached, its bytes as base64 (the portal already checked its size and type).</summary>
internal sealed record WebChatEnvelopeFile(string? Name, string? ContentType, string? Data);
