namespace OpenChannels.Plugins.Loopback;

/// <summary>A file the client sends with a loopback message; <see cref="Content"/> is base64 in the JSON.</summary>
internal sealed record LoopbackFile(string? Name, string? ContentType, byte[]? Content);
