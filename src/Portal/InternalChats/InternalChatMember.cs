namespace OpenChannels.Portal.InternalChats;

/// <summary>An employee in an internal chat room.</summary>
public sealed class InternalChatMember
{
    public Guid ChatId { get; set; }

    public required string UserId { get; set; }

    public DateTimeOffset JoinedAt { get; set; }
}
