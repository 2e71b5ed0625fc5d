namespace OpenChannels.Portal.Calendar;

/// <summary>An event in an employee's own calendar, often made from a message (whose text is its description).</summary>
public sealed class CalendarEvent
{
    public Guid Id { get; set; }

    public required string OwnerUserId { get; set; }

    public required string Title { get; set; }

    public string? Description { get; set; }

    public DateTimeOffset StartsAt { get; set; }

    public DateTimeOffset EndsAt { get; set; }

    public Guid? ConversationId { get; set; }

    public long? MessageId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
