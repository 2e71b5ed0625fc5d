using System.Security.Claims;
using System.Text;
using OpenChannels.Portal.Api;
using OpenChannels.Portal.Channels;
using OpenChannels.Portal.Hosting;

namespace OpenChannels.Portal.Calendar;

/// <summary>
/// <c>/api/v1/calendar/events</c> (the caller's own events: list by <c>?from=&amp;to=</c>, create, also from a message, change, delete)
/// and <c>GET /calendar/events/{id}/ics</c>, the .ics download for a signed-in employee or an API key.
/// </summary>
public static class CalendarApi
{
    public static RouteGroupBuilder MapCalendarApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/calendar/events");
        group.MapGet("/", async (DateTimeOffset? from, DateTimeOffset? to, ClaimsPrincipal user, CalendarService calendar, TimeProvider clock, CancellationToken ct) =>
        {
            var start = from ?? clock.GetUtcNow().AddDays(-31);
            return Results.Ok(await calendar.ListAsync(Actor.From(user), start, to ?? start.AddDays(92), ct));
        });
        group.MapGet("/{id:guid}", async (Guid id, ClaimsPrincipal user, CalendarService calendar, CancellationToken ct) =>
            (await calendar.GetAsync(Actor.From(user), id, ct)).ToResult());
        group.MapPost("/", async (CalendarEventInput input, ClaimsPrincipal user, CalendarService calendar, CancellationToken ct) =>
            (await calendar.CreateAsync(Actor.From(user), input, ct)).ToResult(e => Results.Created($"/api/v1/calendar/events/{e.Id}", e)));
        group.MapPut("/{id:guid}", async (Guid id, CalendarEventInput input, ClaimsPrincipal user, CalendarService calendar, CancellationToken ct) =>
            (await calendar.UpdateAsync(Actor.From(user), id, input, ct)).ToResult());
        group.MapDelete("/{id:guid}", async (Guid id, ClaimsPrincipal user, CalendarService calendar, CancellationToken ct) =>
            (await calendar.DeleteAsync(Actor.From(user), id, ct)).NoContent());
        return api;
    }

    public static IEndpointRouteBuilder MapCalendarDownload(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/calendar/events/{id:guid}/ics", async (Guid id, ClaimsPrincipal user, CalendarService calendar, PortalOptions options, TimeProvider clock, CancellationToken ct) =>
        {
            var found = await calendar.GetAsync(Actor.From(user), id, ct);
            if (!found.IsOk)
            {
                return Results.NotFound();
            }

            var e = found.Value!;
            var link = e.ConversationId is { } c ? new Uri(options.PublicUrl, $"chat/{c}") : null;
            return Results.File(Encoding.UTF8.GetBytes(IcsWriter.Write(e, link, clock.GetUtcNow())), "text/calendar; charset=utf-8", $"event-{e.Id:N}.ics");
        }).RequireAuthorization(ApiV1.CookieOrApiKey);
        return endpoints;
    }
}
