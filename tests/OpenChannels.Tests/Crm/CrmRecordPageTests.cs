using System.Net;
using System.Net.Http.Json;
using OpenChannels.Portal.Crm;
using OpenChannels.Portal.Tests.Infrastructure;

namespace OpenChannels.Portal.Tests.Crm;

/// <summary>The lead and contact pages, as the server renders them for a signed-in employee.</summary>
public sealed class CrmRecordPageTests
{
    [Fact]
    public async Task LeadPage_FromAChat_ShowsTheLeadAndTheTranscriptInTheTimeline()
    {
        await using var desk = await Desk.StartAsync();
        (await desk.ClientWritesAsync("Do you ship to Lisbon?", "m-1")).EnsureSuccessStatusCode();
        await CrmFromChatTests.WaitForActivitiesAsync(desk, 1);
        var lead = (await desk.Api.GetFromJsonAsync<CrmPage<Lead>>("/api/v1/crm/leads", Desk.Json))!.Items.Single();
        using var browser = desk.Portal.CreateClient();
        (await LoginForm.SubmitAsync(browser, Desk.AdminEmail, TestAccounts.Password)).EnsureSuccessStatusCode();

        var page = WebUtility.HtmlDecode(await browser.GetStringAsync($"/crm/leads/{lead.Id}"));
        Assert.Contains("Maria Silva", page, StringComparison.Ordinal);
        Assert.Contains("loopback:user-1", page, StringComparison.Ordinal);
        Assert.Contains("Chat session 1", page, StringComparison.Ordinal);
        Assert.Contains("Maria Silva: Do you ship to Lisbon?", page, StringComparison.Ordinal);

        var missing = WebUtility.HtmlDecode(await browser.GetStringAsync($"/crm/contacts/{Guid.NewGuid()}"));
        Assert.Contains("This record does not exist, or you cannot see it.", missing, StringComparison.Ordinal);
        var list = WebUtility.HtmlDecode(await browser.GetStringAsync("/crm"));
        Assert.Contains("Leads", list, StringComparison.Ordinal);
        Assert.Contains("Page comments", list, StringComparison.Ordinal);
    }
}
