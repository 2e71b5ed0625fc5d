namespace OpenChannels.Portal.Conversations;

/// <summary>Builds messages for the client (agent replies and automatic ones), stored as "sending" before any connector call.</summary>
public static class Outgoing
{
    public static Message Create(Conversation conversation, Guid sessionId, MessageKind kind, string text, string? authorUserId, DateTimeOffset at) => new()
    {
        ConversationId = conversation.Id,
        SessionId = sessionId,
        Kind = kind,
        Text = text,
        AuthorUserId = authorUserId,
        CreatedAt = at,
        Delivery = kind is MessageKind.Agent or MessageKind.Auto ? DeliveryStatus.Sending : DeliveryStatus.None,
    };
}
