namespace OpenChannels.Portal.InternalChats;

/// <summary>
/// An employees-only chat room. Members see and write in it; a public room is also listed to every employee, who may join it
/// (and mention it from a reply). Rooms started from a message remember its conversation.
/// </summary>
public sealed class InternalChat
{
    public Guid Id { get; set; }

    public required string Title { get; set; }

    public bool IsPublic { get; set; }

    public required string CreatedByUserId { get; set; }

    public Guid? ConversationId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset LastMessageAt { get; set; }
}
