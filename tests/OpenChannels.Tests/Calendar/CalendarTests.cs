using System.Net;
using System.Net.Http.Json;
using OpenChannels.Portal.Calendar;
using OpenChannels.Portal.Tests.Conversations;
using OpenChannels.Portal.Tests.Infrastructure;
using OpenChannels.Portal.Tests.Tasks;

namespace OpenChannels.Portal.Tests.Calendar;

public sealed class CalendarTests
{
    [Fact]
    public async Task FromMessage_TakesItsTextAsDescription_DownloadsAsIcs_AndIsOnlyTheOwners()
    {
        await using var desk = await Desk.StartAsync();
        var (anaId, ana) = await desk.EmployeeAsync("ana@example.com");
        var (bobId, bob) = await desk.EmployeeAsync("bob@example.com");
        await desk.SetMembersAsync(anaId, bobId);
        (await desk.ClientWritesAsync("Demo on Friday, 3pm; bring the contract", "m-1")).EnsureSuccessStatusCode();
        var conversation = await ConversationWorkflowTests.WaitForAsync(ana, "unanswered", assigned: true);
        var messageId = await TaskTests.ClientMessageAsync(desk, conversation.Id);
        var start = new DateTimeOffset(2026, 12, 11, 15, 0, 0, TimeSpan.FromHours(-3));

        var created = await ana.PostAsJsonAsync("/api/v1/calendar/events", new { title = "Demo for Maria", startsAt = start, endsAt = start.AddHours(1), messageId });
        var e = (await created.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<CalendarEventView>(Desk.Json))!;
        var listed = await ana.GetFromJsonAsync<List<CalendarEventView>>($"/api/v1/calendar/events?from={Uri.EscapeDataString(start.AddDays(-1).ToString("O"))}", Desk.Json);
        var ics = await ana.GetAsync($"/calendar/events/{e.Id}/ics");
        var text = await ics.Content.ReadAsStringAsync();

        Assert.Equal(("Demo on Friday, 3pm; bring the contract", conversation.Id), (e.Description, e.ConversationId));
        Assert.Equal(e.Id, Assert.Single(listed!).Id);
        Assert.Equal("text/calendar", ics.Content.Headers.ContentType!.MediaType);
        Assert.Contains("DTSTART:20261211T180000Z\r\n", text, StringComparison.Ordinal);
        Assert.Contains("DTEND:20261211T190000Z\r\n", text, StringComparison.Ordinal);
        Assert.Contains("SUMMARY:Demo for Maria\r\n", text, StringComparison.Ordinal);
        Assert.Contains(@"DESCRIPTION:Demo on Friday\, 3pm\; bring the contract\n\nhttps://portal.test/chat/", text.Replace("\r\n ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Empty((await bob.GetFromJsonAsync<List<CalendarEventView>>($"/api/v1/calendar/events?from={Uri.EscapeDataString(start.AddDays(-1).ToString("O"))}", Desk.Json))!);
        Assert.Equal(HttpStatusCode.NotFound, (await bob.GetAsync($"/calendar/events/{e.Id}/ics")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bob.DeleteAsync($"/api/v1/calendar/events/{e.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await ana.DeleteAsync($"/api/v1/calendar/events/{e.Id}")).StatusCode);
    }

    [Fact]
    public async Task Create_EndingBeforeItStarts_OrFromAForeignMessage_IsRefused()
    {
        await using var desk = await Desk.StartAsync();
        var (anaId, ana) = await desk.EmployeeAsync("ana@example.com");
        var (_, eve) = await desk.EmployeeAsync("eve@example.com");
        await desk.SetMembersAsync(anaId);
        (await desk.ClientWritesAsync("hello", "m-1")).EnsureSuccessStatusCode();
        var conversation = await ConversationWorkflowTests.WaitForAsync(ana, "unanswered", assigned: true);
        var start = DateTimeOffset.UtcNow.AddDays(1);

        var backwards = await ana.PostAsJsonAsync("/api/v1/calendar/events", new { title = "x", startsAt = start, endsAt = start.AddHours(-1) });
        var foreign = await eve.PostAsJsonAsync("/api/v1/calendar/events",
            new { title = "x", startsAt = start, endsAt = start.AddHours(1), messageId = await TaskTests.ClientMessageAsync(desk, conversation.Id) });

        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.Contains("an end after it", await backwards.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
    }
}
