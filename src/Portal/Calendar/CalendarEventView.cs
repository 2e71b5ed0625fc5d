namespace OpenChannels.Portal.Calendar;

/// <summary>An event as the calendar and the API show it.</summary>
public sealed record CalendarEventView(Guid Id, string Title, string? Description, DateTimeOffset StartsAt, DateTimeOffset EndsAt, Guid? ConversationId, long? MessageId)
{
    /// <summary>The scheduler's wall-clock bounds (set by the page in the employee's zone).</summary>
    public DateTime Start { get; init; }

    public DateTime End { get; init; }
}
