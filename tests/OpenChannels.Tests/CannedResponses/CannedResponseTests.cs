using System.Net;
using System.Net.Http.Json;
using OpenChannels.Portal.CannedResponses;
using OpenChannels.Portal.Identity;
using OpenChannels.Portal.Tests.Infrastructure;

namespace OpenChannels.Portal.Tests.CannedResponses;

public sealed class CannedResponseTests
{
    [Fact]
    public async Task Personal_IsInvisibleToOthers_AndOnlyItsOwnerChangesIt()
    {
        await using var desk = await Desk.StartAsync();
        var (_, ana) = await desk.EmployeeAsync("ana@example.com");
        var (_, bob) = await desk.EmployeeAsync("bob@example.com");

        var created = await ana.PostAsJsonAsync("/api/v1/canned-responses", new { shortcut = "/Thanks", text = "Thank you, {client.name}!" });
        var mine = (await created.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<CannedResponseView>(Desk.Json))!;
        var bobSees = await bob.GetFromJsonAsync<List<CannedResponseView>>("/api/v1/canned-responses", Desk.Json);
        var bobEdits = await bob.PutAsJsonAsync($"/api/v1/canned-responses/{mine.Id}", new { shortcut = "thanks", text = "hacked" });
        var bobDeletes = await bob.DeleteAsync($"/api/v1/canned-responses/{mine.Id}");
        var bobSameShortcut = await bob.PostAsJsonAsync("/api/v1/canned-responses", new { shortcut = "thanks", text = "Cheers" });

        Assert.Equal(("thanks", false, true), (mine.Shortcut, mine.Shared, mine.CanEdit));
        Assert.DoesNotContain(bobSees!, c => c.Id == mine.Id);
        Assert.Equal(HttpStatusCode.NotFound, bobEdits.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, bobDeletes.StatusCode);
        Assert.Equal(HttpStatusCode.Created, bobSameShortcut.StatusCode);
        var anaSees = await ana.GetFromJsonAsync<List<CannedResponseView>>("/api/v1/canned-responses?q=/th", Desk.Json);
        Assert.Equal("Thank you, {client.name}!", Assert.Single(anaSees!).Text);
        Assert.Equal(HttpStatusCode.NoContent, (await ana.DeleteAsync($"/api/v1/canned-responses/{mine.Id}")).StatusCode);
        Assert.Empty((await ana.GetFromJsonAsync<List<CannedResponseView>>("/api/v1/canned-responses", Desk.Json))!);
    }

    [Fact]
    public async Task Shared_IsKeptBySupervisors_OfferedToAgents_WhoCannotChangeIt()
    {
        await using var desk = await Desk.StartAsync();
        var (_, ana) = await desk.EmployeeAsync("ana@example.com");
        var (_, sue) = await desk.EmployeeAsync("sue@example.com", Roles.Supervisor);

        var byAgent = await ana.PostAsJsonAsync("/api/v1/canned-responses", new { shortcut = "hours", text = "We open at 9.", shared = true });
        var shared = (await (await sue.PostAsJsonAsync("/api/v1/canned-responses", new { shortcut = "hours", text = "We open at 9.", shared = true }))
            .EnsureSuccessStatusCode().Content.ReadFromJsonAsync<CannedResponseView>(Desk.Json))!;
        var duplicate = await sue.PostAsJsonAsync("/api/v1/canned-responses", new { shortcut = "HOURS", text = "again", shared = true });
        var anaSees = await ana.GetFromJsonAsync<List<CannedResponseView>>("/api/v1/canned-responses", Desk.Json);
        var anaEdits = await ana.PutAsJsonAsync($"/api/v1/canned-responses/{shared.Id}", new { shortcut = "hours", text = "We never open." });
        var anaDeletes = await ana.DeleteAsync($"/api/v1/canned-responses/{shared.Id}");
        var sueEdits = await sue.PutAsJsonAsync($"/api/v1/canned-responses/{shared.Id}", new { shortcut = "hours", text = "We open at 8.", shared = true });

        Assert.Equal(HttpStatusCode.Forbidden, byAgent.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        var seen = Assert.Single(anaSees!);
        Assert.Equal((true, false), (seen.Shared, seen.CanEdit));
        Assert.Equal(HttpStatusCode.Forbidden, anaEdits.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, anaDeletes.StatusCode);
        Assert.Equal("We open at 8.", (await sueEdits.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<CannedResponseView>(Desk.Json))!.Text);
    }

    [Theory]
    [InlineData("", "text")]
    [InlineData("two words", "text")]
    [InlineData("ok", "")]
    [InlineData("a/b", "text")]
    public async Task Create_InvalidShortcutOrText_Returns400WithTheReason(string shortcut, string text)
    {
        await using var desk = await Desk.StartAsync();

        var response = await desk.Api.PostAsJsonAsync("/api/v1/canned-responses", new { shortcut, text });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(text.Length == 0 ? "needs text" : "shortcut", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
