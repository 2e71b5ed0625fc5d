namespace OpenChannels.Plugins.Loopback;

/// <summary>The sample connector's webhook body: a deliberately plain JSON shape.</summary>
internal sealed record LoopbackInbound(
    string? Type,
    string? ChatId,
    string? MessageId,
    string? UserId,
    string? UserName,
    string? Text,
    DateTimeOffset? Date,
    string? ReplyTo,
    string? Payload,
    string? AvatarUrl = null,
    IReadOnlyList<LoopbackFile>? Files = null);
