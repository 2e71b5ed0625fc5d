namespace OpenChannels.Plugins.Loopback;

/// <summary>What the loopback receiver answers to a send: the id it gave the message.</summary>
internal sealed record LoopbackSendReply(string? Id);
