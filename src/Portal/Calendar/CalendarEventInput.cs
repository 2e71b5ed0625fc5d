namespace OpenChannels.Portal.Calendar;

/// <summary>
/// Body of <c>POST|PUT /api/v1/calendar/events</c>. With <see cref="MessageId"/> (on create) the event links back to the message's
/// conversation and takes the message text as its description when none is given.
/// </summary>
public sealed record CalendarEventInput(string? Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string? Description = null, long? MessageId = null);
