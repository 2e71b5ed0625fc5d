using System.Net;
using System.Net.Http.Json;
using OpenChannels.Portal.Crm;
using OpenChannels.Portal.Tests.Infrastructure;

namespace OpenChannels.Portal.Tests.Crm;

/// <summary>The CRM's REST API: create, search, sort, page, change, delete and export.</summary>
public sealed class CrmApiTests
{
    [Fact]
    public async Task Contacts_CrudSearchSortPageAndCsv()
    {
        await using var desk = await Desk.StartAsync();
        foreach (var (name, email) in new[] { ("Zoe Zed", "zoe@example.com"), ("Ana Alves", "ana@example.com"), ("=cmd Evil", (string?)null) })
        {
            var created = await desk.Api.PostAsJsonAsync("/api/v1/crm/contacts", new ContactInput(name, Email: email, Company: "Acme, Inc."), Desk.Json);
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        Assert.Equal(HttpStatusCode.BadRequest, (await desk.Api.PostAsJsonAsync("/api/v1/crm/contacts", new ContactInput("X", Email: "not-an-email"), Desk.Json)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await desk.Api.PostAsJsonAsync("/api/v1/crm/contacts", new ContactInput(" "), Desk.Json)).StatusCode);

        var sorted = await desk.Api.GetFromJsonAsync<CrmPage<Contact>>("/api/v1/crm/contacts?sort=name&take=2", Desk.Json);
        Assert.Equal(3, sorted!.Total);
        Assert.Equal(["=cmd Evil", "Ana Alves"], sorted.Items.Select(c => c.Name));
        var found = await desk.Api.GetFromJsonAsync<CrmPage<Contact>>("/api/v1/crm/contacts?q=zoe", Desk.Json);
        var zoe = Assert.Single(found!.Items);
        Assert.Equal("Acme, Inc.", zoe.CompanyName);
        Assert.NotNull(zoe.CompanyId);

        var deal = await desk.Api.PostAsJsonAsync("/api/v1/crm/deals", new DealInput("Annual plan", DealStage.Negotiation, 1200.50m, "eur", ContactId: zoe.Id), Desk.Json);
        Assert.Equal(HttpStatusCode.Created, deal.StatusCode);
        Assert.Equal("EUR", (await deal.Content.ReadFromJsonAsync<Deal>(Desk.Json))!.Currency);

        var csv = await desk.Api.GetStringAsync("/api/v1/crm/contacts.csv?sort=name");
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id,name,phone,email,company", lines[0], StringComparison.Ordinal);
        Assert.Equal(4, lines.Length);
        Assert.Contains(",'=cmd Evil,", lines[1], StringComparison.Ordinal);
        Assert.Contains("\"Acme, Inc.\"", lines[2], StringComparison.Ordinal);
        Assert.Contains("Annual plan,Negotiation,1200.5,EUR", await desk.Api.GetStringAsync("/api/v1/crm/deals.csv"), StringComparison.Ordinal);

        (await desk.Api.PutAsJsonAsync($"/api/v1/crm/contacts/{zoe.Id}", new ContactInput("Zoe Z. Zed", Phone: "+351 900 000 000"), Desk.Json)).EnsureSuccessStatusCode();
        Assert.Equal("Zoe Z. Zed", (await desk.Api.GetFromJsonAsync<Contact>($"/api/v1/crm/contacts/{zoe.Id}", Desk.Json))!.Name);
        Assert.Equal(HttpStatusCode.NoContent, (await desk.Api.DeleteAsync($"/api/v1/crm/contacts/{zoe.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await desk.Api.GetAsync($"/api/v1/crm/contacts/{zoe.Id}")).StatusCode);
    }

    [Fact]
    public async Task Notes_OnALead_ShowInItsTimeline()
    {
        await using var desk = await Desk.StartAsync();
        var lead = await (await desk.Api.PostAsJsonAsync("/api/v1/crm/leads", new LeadInput("Rui"), Desk.Json)).Content.ReadFromJsonAsync<Lead>(Desk.Json);
        var note = await desk.Api.PostAsJsonAsync("/api/v1/crm/activities", new ActivityInput(ActivityKind.Note, "Called back", "Wants a demo", LeadId: lead!.Id), Desk.Json);
        Assert.Equal(HttpStatusCode.Created, note.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await desk.Api.PostAsJsonAsync("/api/v1/crm/activities", new ActivityInput(ActivityKind.ChatSession, "fake", LeadId: lead.Id), Desk.Json)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await desk.Api.PostAsJsonAsync("/api/v1/crm/activities", new ActivityInput(ActivityKind.Note, "orphan"), Desk.Json)).StatusCode);

        var timeline = await desk.Api.GetFromJsonAsync<CrmPage<Activity>>($"/api/v1/crm/activities?leadId={lead.Id}", Desk.Json);
        Assert.Equal("Wants a demo", Assert.Single(timeline!.Items).Body);
    }

    [Fact]
    public async Task Lists_FilterByStatusStageAndResponsible_AndExportActivitiesAndCompanies()
    {
        await using var desk = await Desk.StartAsync();
        var (agentId, _) = await desk.EmployeeAsync("agent@example.com");
        var mine = await Create<Lead>(desk, "/api/v1/crm/leads", new LeadInput("Rui", Status: LeadStatus.InProgress, ResponsibleUserId: agentId));
        await Create<Lead>(desk, "/api/v1/crm/leads", new LeadInput("Junk Mail", Status: LeadStatus.Junk));
        var contact = await Create<Contact>(desk, "/api/v1/crm/contacts", new ContactInput("Ana", Company: "Acme"));
        await Create<Contact>(desk, "/api/v1/crm/contacts", new ContactInput("Bea", Company: "Acme"));
        await Create<Deal>(desk, "/api/v1/crm/deals", new DealInput("Won one", DealStage.Won, 10, ContactId: contact.Id));
        await Create<Deal>(desk, "/api/v1/crm/deals", new DealInput("Open one", DealStage.New, 20, ContactId: contact.Id, ResponsibleUserId: agentId));
        await Create<Activity>(desk, "/api/v1/crm/activities", new ActivityInput(ActivityKind.Call, "Called Rui", "No answer", LeadId: mine.Id));

        Assert.Equal(["Junk Mail"], (await List<Lead>(desk, "leads?status=junk")).Select(l => l.Name));
        Assert.Equal(["Rui"], (await List<Lead>(desk, $"leads?responsible={agentId}")).Select(l => l.Name));
        Assert.Equal(["Junk Mail"], (await List<Lead>(desk, "leads?responsible=none")).Select(l => l.Name));
        Assert.Equal(["Won one"], (await List<Deal>(desk, "deals?stage=Won")).Select(d => d.Title));
        Assert.Equal(["Open one"], (await List<Deal>(desk, $"deals?responsible={agentId}")).Select(d => d.Title));
        Assert.Equal(2, (await List<Contact>(desk, "contacts?responsible=none")).Count);

        var activities = await desk.Api.GetStringAsync($"/api/v1/crm/activities.csv?leadId={mine.Id}");
        Assert.Contains("Call,Called Rui,False," + mine.Id, activities, StringComparison.Ordinal);
        var companies = await desk.Api.GetStringAsync("/api/v1/crm/companies.csv");
        Assert.StartsWith("id,name,contacts,created\r\n", companies, StringComparison.Ordinal);
        Assert.Contains(",Acme,2,", companies, StringComparison.Ordinal);
        Assert.Contains("Junk Mail", await desk.Api.GetStringAsync("/api/v1/crm/leads.csv?status=Junk"), StringComparison.Ordinal);
        Assert.DoesNotContain("Rui", await desk.Api.GetStringAsync("/api/v1/crm/leads.csv?status=Junk"), StringComparison.Ordinal);
    }

    internal static async Task<T> Create<T>(Desk desk, string path, object input)
    {
        var response = await desk.Api.PostAsJsonAsync(path, input, Desk.Json);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<T>(Desk.Json))!;
    }

    private static async Task<IReadOnlyList<T>> List<T>(Desk desk, string path) =>
        (await desk.Api.GetFromJsonAsync<CrmPage<T>>("/api/v1/crm/" + path, Desk.Json))!.Items;
}
