namespace OpenChannels.Portal.Crm;

/// <summary>One entry of a record's timeline: a chat session (with its transcript), a comment, a note, a call or a form submission.</summary>
public sealed class Activity : ICrmRecord
{
    public Guid Id { get; set; }

    public ActivityKind Kind { get; set; }

    public required string Subject { get; set; }

    public string Body { get; set; } = "";

    /// <summary>Only for the team (a transcript with whispers, an internal note).</summary>
    public bool Internal { get; set; }

    public Guid? LeadId { get; set; }

    public Guid? ContactId { get; set; }

    public Guid? DealId { get; set; }

    public Guid? ChannelId { get; set; }

    public Guid? ConversationId { get; set; }

    /// <summary>The chat session a <see cref="ActivityKind.ChatSession"/> activity records; unique, so a session is never logged twice.</summary>
    public Guid? SessionId { get; set; }

    public string? AuthorUserId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
