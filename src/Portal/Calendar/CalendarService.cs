using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.AgentTools;
using OpenChannels.Portal.Channels;
using OpenChannels.Portal.Common;
using OpenChannels.Portal.Data;

namespace OpenChannels.Portal.Calendar;

/// <summary>
/// Each employee's own calendar: events are seen, changed, deleted and downloaded (.ics) by their owner only. An event made from a
/// message needs access to its conversation, and keeps the message text as its description.
/// </summary>
public sealed class CalendarService(IDbContextFactory<AppDbContext> factory, TimeProvider clock)
{
    public const int MaxTitle = 200;
    public const int MaxDescription = 4000;
    private static readonly TimeSpan LongestEvent = TimeSpan.FromDays(31);

    public async Task<IReadOnlyList<CalendarEventView>> ListAsync(Actor actor, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var events = await db.Set<CalendarEvent>().AsNoTracking()
            .Where(e => e.OwnerUserId == actor.UserId && e.EndsAt >= from && e.StartsAt <= to)
            .OrderBy(e => e.StartsAt).Take(2000).ToListAsync(cancellationToken);
        return events.Select(View).ToList();
    }

    public async Task<Outcome<CalendarEventView>> GetAsync(Actor actor, Guid id, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await FindAsync(db, actor, id, cancellationToken) is { } found ? View(found) : Failure.NotFound("event not found");
    }

    public async Task<Outcome<CalendarEventView>> CreateAsync(Actor actor, CalendarEventInput input, CancellationToken cancellationToken)
    {
        if (actor.IsSystem)
        {
            return Failure.Forbidden("Only employees keep calendars.");
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        MessageSource? source = null;
        if (input.MessageId is { } messageId && (source = await MessageSource.FindAsync(db, actor, messageId, cancellationToken)) is null)
        {
            return Failure.NotFound("message not found");
        }

        var now = clock.GetUtcNow();
        var created = new CalendarEvent
        {
            Id = Guid.NewGuid(),
            OwnerUserId = actor.UserId!,
            Title = "",
            Description = string.IsNullOrWhiteSpace(input.Description) ? source?.Text : input.Description,
            ConversationId = source?.ConversationId,
            MessageId = source?.MessageId,
            CreatedAt = now,
        };
        if (Apply(created, input, now) is { } invalid)
        {
            return invalid;
        }

        db.Add(created);
        await db.SaveChangesAsync(cancellationToken);
        return View(created);
    }

    public async Task<Outcome<CalendarEventView>> UpdateAsync(Actor actor, Guid id, CalendarEventInput input, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (await FindAsync(db, actor, id, cancellationToken) is not { } found)
        {
            return Failure.NotFound("event not found");
        }

        found.Description = input.Description ?? found.Description;
        if (Apply(found, input, clock.GetUtcNow()) is { } invalid)
        {
            return invalid;
        }

        await db.SaveChangesAsync(cancellationToken);
        return View(found);
    }

    public async Task<Outcome<Done>> DeleteAsync(Actor actor, Guid id, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (await FindAsync(db, actor, id, cancellationToken) is not { } found)
        {
            return Failure.NotFound("event not found");
        }

        db.Remove(found);
        await db.SaveChangesAsync(cancellationToken);
        return Done.Value;
    }

    private static Task<CalendarEvent?> FindAsync(AppDbContext db, Actor actor, Guid id, CancellationToken cancellationToken) =>
        db.Set<CalendarEvent>().FirstOrDefaultAsync(e => e.Id == id && e.OwnerUserId == actor.UserId, cancellationToken);

    private static Failure? Apply(CalendarEvent target, CalendarEventInput input, DateTimeOffset now)
    {
        var title = (input.Title ?? "").Trim();
        if (title.Length is 0 or > MaxTitle)
        {
            return Failure.Invalid($"An event needs a title, at most {MaxTitle} characters.");
        }

        if (input.StartsAt == default || input.EndsAt < input.StartsAt || input.EndsAt - input.StartsAt > LongestEvent)
        {
            return Failure.Invalid("An event needs a start, and an end after it at most 31 days later.");
        }

        if (target.Description is { Length: > MaxDescription })
        {
            return Failure.Invalid($"An event's description is at most {MaxDescription} characters.");
        }

        (target.Title, target.StartsAt, target.EndsAt, target.UpdatedAt) = (title, input.StartsAt, input.EndsAt, now);
        return null;
    }

    private static CalendarEventView View(CalendarEvent e) => new(e.Id, e.Title, e.Description, e.StartsAt, e.EndsAt, e.ConversationId, e.MessageId);
}
