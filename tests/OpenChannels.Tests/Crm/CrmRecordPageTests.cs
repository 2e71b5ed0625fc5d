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

    [Fact]
    public async Task ContactPage_CustomFieldsAndResponsible_AreShownWithTheirValues()
    {
        await using var desk = await Desk.StartAsync();
        (await desk.Api.PostAsJsonAsync("/api/v1/crm/custom-fields", new CustomFieldInput("Contact", "vat", "VAT number"))).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.Conflict, (await desk.Api.PostAsJsonAsync("/api/v1/crm/custom-fields", new CustomFieldInput("Contact", "vat", "VAT"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await desk.Api.PostAsJsonAsync("/api/v1/crm/custom-fields", new CustomFieldInput("Deal", "vat", "VAT"))).StatusCode);
        var (agentId, agent) = await desk.EmployeeAsync("agent@example.com");
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.PostAsJsonAsync("/api/v1/crm/custom-fields", new CustomFieldInput("Lead", "x", "X"))).StatusCode);
        var created = await desk.Api.PostAsJsonAsync("/api/v1/crm/contacts",
            new ContactInput("Ana Alves", Company: "Acme", ResponsibleUserId: agentId, CustomFields: new() { ["vat"] = "PT123456789" }), Desk.Json);
        var contact = (await created.Content.ReadFromJsonAsync<Contact>(Desk.Json))!;
        using var browser = desk.Portal.CreateClient();
        (await LoginForm.SubmitAsync(browser, Desk.AdminEmail, TestAccounts.Password)).EnsureSuccessStatusCode();

        var page = WebUtility.HtmlDecode(await browser.GetStringAsync($"/crm/contacts/{contact.Id}"));

        Assert.Contains("<dt>VAT number</dt><dd>PT123456789</dd>", page, StringComparison.Ordinal);
        Assert.Contains("<dt>Company</dt><dd>Acme</dd>", page, StringComparison.Ordinal);
        Assert.Contains("<dt>Responsible</dt><dd>agent@example.com</dd>", page, StringComparison.Ordinal);
    }
}
