using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Crm;
using OpenChannels.Portal.Tests.Infrastructure;

namespace OpenChannels.Portal.Tests.Crm;

/// <summary>The same person on two accounts, merged into one record.</summary>
public sealed class CrmMergeTests
{
    [Fact]
    public async Task MergeLeads_TwoAccountsOfOnePerson_OneLeadWithEveryConversationAndNoDuplicate()
    {
        await using var desk = await Desk.StartAsync();
        (await desk.ClientWritesAsync("hello from Telegram", "m-1")).EnsureSuccessStatusCode();
        (await desk.ClientWritesAsync("hello from the widget", "m-2", chatId: "chat-2", userId: "user-2", userName: "Maria S.")).EnsureSuccessStatusCode();
        await CrmFromChatTests.WaitForActivitiesAsync(desk, 2);
        var leads = (await desk.Api.GetFromJsonAsync<CrmPage<Lead>>("/api/v1/crm/leads?sort=createdAt", Desk.Json))!.Items;
        Assert.Equal(2, leads.Count);
        var (keep, other) = (leads[0], leads[1]);

        var merged = await desk.Api.PostAsJsonAsync($"/api/v1/crm/leads/{keep.Id}/merge", new MergeInput(other.Id), Desk.Json);
        merged.EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.BadRequest, (await desk.Api.PostAsJsonAsync($"/api/v1/crm/leads/{keep.Id}/merge", new MergeInput(keep.Id), Desk.Json)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await desk.Api.GetAsync($"/api/v1/crm/leads/{other.Id}")).StatusCode);

        await using var db = desk.Db();
        Assert.Equal(2, await db.Activities.CountAsync(a => a.LeadId == keep.Id));
        Assert.Equal(2, await db.Activities.CountAsync());
        Assert.Equal(2, await db.ClientLinks.CountAsync(l => l.LeadId == keep.Id));
        foreach (var conversation in await db.Conversations.Select(c => c.Id).ToListAsync())
        {
            var record = await desk.Api.GetFromJsonAsync<CrmRecordRef>($"/api/v1/conversations/{conversation}/crm", Desk.Json);
            Assert.Equal(keep.Id, record!.LeadId);
        }

        var (_, outsider) = await desk.EmployeeAsync("outsider@example.com");
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostAsJsonAsync($"/api/v1/crm/leads/{keep.Id}/merge", new MergeInput(Guid.NewGuid()), Desk.Json)).StatusCode);
    }

    [Fact]
    public async Task MergeContacts_DealsAndNotesMove_TheKeptContactFillsItsGaps()
    {
        await using var desk = await Desk.StartAsync();
        var a = await CrmApiTests.Create<Contact>(desk, "/api/v1/crm/contacts", new ContactInput("Ana", Email: "ana@example.com"));
        var b = await CrmApiTests.Create<Contact>(desk, "/api/v1/crm/contacts", new ContactInput("Ana Alves", Phone: "+351 911 111 111", Company: "Acme"));
        await CrmApiTests.Create<Deal>(desk, "/api/v1/crm/deals", new DealInput("Plan", ContactId: b.Id));
        await CrmApiTests.Create<Activity>(desk, "/api/v1/crm/activities", new ActivityInput(ActivityKind.Call, "Called", ContactId: b.Id));

        var merged = await (await desk.Api.PostAsJsonAsync($"/api/v1/crm/contacts/{a.Id}/merge", new MergeInput(b.Id), Desk.Json)).Content.ReadFromJsonAsync<Contact>(Desk.Json);
        Assert.Equal(("Ana", "ana@example.com", "+351 911 111 111", "Acme"), (merged!.Name, merged.Email, merged.Phone, merged.CompanyName));
        Assert.Single((await desk.Api.GetFromJsonAsync<CrmPage<Deal>>("/api/v1/crm/deals", Desk.Json))!.Items, d => d.ContactId == a.Id);
        Assert.Single((await desk.Api.GetFromJsonAsync<CrmPage<Activity>>($"/api/v1/crm/activities?contactId={a.Id}", Desk.Json))!.Items);
        Assert.Equal(1, (await desk.Api.GetFromJsonAsync<CrmPage<Contact>>("/api/v1/crm/contacts", Desk.Json))!.Total);
    }
}
