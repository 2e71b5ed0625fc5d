using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Conversations;
using OpenChannels.Portal.Crm;
using OpenChannels.Portal.Tests.Conversations;
using OpenChannels.Portal.Tests.Infrastructure;

namespace OpenChannels.Portal.Tests.Crm;

/// <summary>Chats reaching the CRM: leads for new clients, returning clients matched, the session quota, transcripts as activities.</summary>
public sealed class CrmFromChatTests
{
    [Fact]
    public async Task NewClient_ChannelCreatesLeads_LeadWithTheSessionAndTheSameLeadWhenTheyReturn()
    {
        await using var desk = await Desk.StartAsync();
        (await desk.ClientWritesAsync("hello", "m-1")).EnsureSuccessStatusCode();
        await WaitForActivitiesAsync(desk, 1);

        var leads = await desk.Api.GetFromJsonAsync<CrmPage<Lead>>("/api/v1/crm/leads", Desk.Json);
        var lead = Assert.Single(leads!.Items);
        Assert.Equal("Maria Silva", lead.Name);
        Assert.Equal("loopback:user-1", lead.ChannelIdentity);
        Assert.Equal(LeadStatus.New, lead.Status);

        var conversation = await ConversationWorkflowTests.WaitForAsync(desk.Api, "unanswered");
        (await desk.Api.PostAsync($"/api/v1/conversations/{conversation.Id}/actions/close", null)).EnsureSuccessStatusCode();
        (await desk.ClientWritesAsync("me again", "m-2")).EnsureSuccessStatusCode();
        await WaitForActivitiesAsync(desk, 2);

        await using var db = desk.Db();
        Assert.Equal(1, await db.Leads.CountAsync());
        Assert.All(await db.Activities.ToListAsync(), a => Assert.Equal(lead.Id, a.LeadId));
        Assert.Equal(lead.Id, (await db.ClientLinks.SingleAsync()).LeadId);
    }

    [Fact]
    public async Task NewClient_ChannelWithoutLeads_CreatesNothing()
    {
        await using var desk = await Desk.StartAsync(new() { Name = "Support", CreateLeadForNewClients = false });
        (await desk.ClientWritesAsync("hello", "m-1")).EnsureSuccessStatusCode();
        await ConversationWorkflowTests.WaitForAsync(desk.Api, "unanswered", assigned: false);
        await Task.Delay(500);

        await using var db = desk.Db();
        Assert.Equal(0, await db.Leads.CountAsync());
        Assert.Equal(0, await db.Activities.CountAsync());
    }

    [Fact]
    public async Task SecondClient_SameEmailAsALead_LinkedToThatLead()
    {
        await using var desk = await Desk.StartAsync();
        (await desk.ClientWritesAsync("hello", "m-1")).EnsureSuccessStatusCode();
        await WaitForActivitiesAsync(desk, 1);
        var lead = (await desk.Api.GetFromJsonAsync<CrmPage<Lead>>("/api/v1/crm/leads", Desk.Json))!.Items.Single();
        (await desk.Api.PutAsJsonAsync($"/api/v1/crm/leads/{lead.Id}", new LeadInput("Maria Silva", Email: "maria@example.com"), Desk.Json)).EnsureSuccessStatusCode();

        // The same person on another account, whose connector supplied the e-mail.
        await using (var db = desk.Db())
        {
            db.Clients.Add(new Client { Id = Guid.NewGuid(), ConnectionId = desk.ConnectionId, ExternalUserId = "user-2", Name = "M. Silva", Email = "maria@example.com" });
            await db.SaveChangesAsync();
        }

        (await desk.ClientWritesAsync("hi from my other account", "m-2", chatId: "chat-2", userId: "user-2", userName: "M. Silva")).EnsureSuccessStatusCode();
        await WaitForActivitiesAsync(desk, 2);

        await using var check = desk.Db();
        Assert.Equal(1, await check.Leads.CountAsync());
        Assert.Equal(2, await check.ClientLinks.CountAsync(l => l.LeadId == lead.Id));
        Assert.Equal(2, await check.Activities.CountAsync(a => a.LeadId == lead.Id));
    }

    [Fact]
    public async Task Quota_Reached_NoMoreSessionsOrLeads()
    {
        await using var desk = await Desk.StartAsync(settings: new Dictionary<string, string?> { ["OPENCHANNELS_MAX_CRM_SESSIONS"] = "1" });
        (await desk.ClientWritesAsync("hello", "m-1")).EnsureSuccessStatusCode();
        await WaitForActivitiesAsync(desk, 1);
        (await desk.ClientWritesAsync("hello", "m-2", chatId: "chat-2", userId: "user-2", userName: "Joao")).EnsureSuccessStatusCode();
        await Desk.EventuallyAsync(async () =>
        {
            await using var db = desk.Db();
            return await db.Sessions.CountAsync(s => s.AssignmentNumber > 0 || s.AutoReplyAt != null) == 2 || await db.Sessions.CountAsync() == 2;
        }, "the second session is stored");
        await Task.Delay(1000);

        await using var check = desk.Db();
        Assert.Equal(1, await check.Activities.CountAsync());
        Assert.Equal(1, await check.Leads.CountAsync());
    }

    [Fact]
    public async Task Transcript_AfterWhispersEditsAndDeletes_ShowsTheSessionAsItEnded()
    {
        await using var desk = await Desk.StartAsync();
        (await desk.ClientWritesAsync("hello", "m-1")).EnsureSuccessStatusCode();
        var conversation = await ConversationWorkflowTests.WaitForAsync(desk.Api, "unanswered");
        await WaitForActivitiesAsync(desk, 1);
        (await desk.Api.PostAsync($"/api/v1/conversations/{conversation.Id}/actions/answer", null)).EnsureSuccessStatusCode();
        var reply = await Post(desk, conversation.Id, new { text = "How can I help?" });
        var oops = await Post(desk, conversation.Id, new { text = "wrong chat, sorry" });
        await Post(desk, conversation.Id, new { text = "VIP client", whisper = true });
        (await desk.Api.PutAsJsonAsync($"/api/v1/conversations/{conversation.Id}/messages/{reply}", new { text = "How may I help?" })).EnsureSuccessStatusCode();
        (await desk.Api.DeleteAsync($"/api/v1/conversations/{conversation.Id}/messages/{oops}")).EnsureSuccessStatusCode();
        (await desk.Api.PostAsync($"/api/v1/conversations/{conversation.Id}/actions/close", null)).EnsureSuccessStatusCode();

        var activity = (await desk.Api.GetFromJsonAsync<CrmPage<Activity>>("/api/v1/crm/activities", Desk.Json))!.Items.Single();
        Assert.Equal(ActivityKind.ChatSession, activity.Kind);
        Assert.True(activity.Internal);
        Assert.Contains("Maria Silva: hello", activity.Body, StringComparison.Ordinal);
        Assert.Contains("How may I help? (edited)", activity.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("How can I help?", activity.Body, StringComparison.Ordinal);
        Assert.Contains("[whisper] VIP client", activity.Body, StringComparison.Ordinal);
        Assert.Contains("(deleted)", activity.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong chat", activity.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Transcript_WhileTheSessionIsOpen_FollowsTheChat()
    {
        await using var desk = await Desk.StartAsync();
        (await desk.ClientWritesAsync("hello", "m-1")).EnsureSuccessStatusCode();
        var conversation = await ConversationWorkflowTests.WaitForAsync(desk.Api, "unanswered");
        await WaitForActivitiesAsync(desk, 1);
        (await desk.Api.PostAsync($"/api/v1/conversations/{conversation.Id}/actions/answer", null)).EnsureSuccessStatusCode();
        await Post(desk, conversation.Id, new { text = "Good morning, Maria" });
        (await desk.ClientWritesAsync("I need an invoice", "m-2")).EnsureSuccessStatusCode();

        await Desk.EventuallyAsync(async () =>
        {
            await using var db = desk.Db();
            var body = await db.Activities.Select(a => a.Body).SingleAsync();
            return body.Contains("Good morning, Maria", StringComparison.Ordinal) && body.Contains("Maria Silva: I need an invoice", StringComparison.Ordinal);
        }, "the open session's transcript shows the reply and the client's next message");
    }

    [Fact]
    public async Task Transcript_ManyChatsChangingTogether_EveryOpenSessionIsRewritten()
    {
        await using var desk = await Desk.StartAsync();
        const int chats = 12;
        for (var i = 0; i < chats; i++)
        {
            (await desk.ClientWritesAsync($"first {i}", $"a-{i}", chatId: $"chat-{i}", userId: $"user-{i}", userName: $"Client {i}")).EnsureSuccessStatusCode();
        }

        await WaitForActivitiesAsync(desk, chats);
        for (var i = 0; i < chats; i++)
        {
            (await desk.ClientWritesAsync($"second {i}", $"b-{i}", chatId: $"chat-{i}", userId: $"user-{i}", userName: $"Client {i}")).EnsureSuccessStatusCode();
        }

        await Desk.EventuallyAsync(async () =>
        {
            await using var db = desk.Db();
            var bodies = await db.Activities.Select(a => a.Body).ToListAsync();
            return Enumerable.Range(0, chats).All(i => bodies.Count(b => b.Contains($"Client {i}: first {i}", StringComparison.Ordinal)
                && b.Contains($"Client {i}: second {i}", StringComparison.Ordinal)) == 1);
        }, "every chat's activity holds its own two messages");
    }

    [Fact]
    public async Task Lead_FromAChannelTheAgentCannotSee_IsNotFound()
    {
        await using var desk = await Desk.StartAsync();
        var (_, outsider) = await desk.EmployeeAsync("outsider@example.com");
        var (memberId, member) = await desk.EmployeeAsync("member@example.com");
        await desk.SetMembersAsync(memberId);
        (await desk.ClientWritesAsync("hello", "m-1")).EnsureSuccessStatusCode();
        await WaitForActivitiesAsync(desk, 1);
        var lead = (await desk.Api.GetFromJsonAsync<CrmPage<Lead>>("/api/v1/crm/leads", Desk.Json))!.Items.Single();

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/v1/crm/leads/{lead.Id}")).StatusCode);
        Assert.Empty((await outsider.GetFromJsonAsync<CrmPage<Lead>>("/api/v1/crm/leads", Desk.Json))!.Items);
        Assert.Empty((await outsider.GetFromJsonAsync<CrmPage<Activity>>("/api/v1/crm/activities", Desk.Json))!.Items);
        Assert.DoesNotContain("Maria", await outsider.GetStringAsync("/api/v1/crm/leads.csv"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync($"/api/v1/crm/leads/{lead.Id}")).StatusCode);
    }

    [Fact]
    public async Task SaveToCrm_FromTheChat_ConvertsTheLeadIntoAContactWithADeal()
    {
        await using var desk = await Desk.StartAsync();
        (await desk.ClientWritesAsync("I want the annual plan", "m-1")).EnsureSuccessStatusCode();
        var conversation = await ConversationWorkflowTests.WaitForAsync(desk.Api, "unanswered");
        await WaitForActivitiesAsync(desk, 1);
        var record = await desk.Api.GetFromJsonAsync<CrmRecordRef>($"/api/v1/conversations/{conversation.Id}/crm", Desk.Json);
        Assert.NotNull(record!.LeadId);

        var saved = await desk.Api.PostAsJsonAsync($"/api/v1/conversations/{conversation.Id}/crm/save", new SaveToCrmInput("Annual plan", 99.90m, "EUR", "Acme"), Desk.Json);
        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        var deal = await saved.Content.ReadFromJsonAsync<Deal>(Desk.Json);
        var after = await desk.Api.GetFromJsonAsync<CrmRecordRef>($"/api/v1/conversations/{conversation.Id}/crm", Desk.Json);
        Assert.Equal(deal!.ContactId, after!.ContactId);
        Assert.Equal("/crm/contacts/" + deal.ContactId, after.Url);

        var edited = await desk.Api.PutAsJsonAsync($"/api/v1/conversations/{conversation.Id}/crm/details", new ContactInput("Maria S. Silva", "+55 11 5555-0000", "maria@example.com"), Desk.Json);
        edited.EnsureSuccessStatusCode();
        await using var db = desk.Db();
        var contact = await db.Contacts.SingleAsync();
        Assert.Equal(("Maria S. Silva", "maria@example.com", "Acme"), (contact.Name, contact.Email, contact.CompanyName));
        var lead = await db.Leads.SingleAsync();
        Assert.Equal((LeadStatus.Converted, contact.Id), (lead.Status, lead.ContactId));
        Assert.Equal(contact.Id, (await db.Activities.SingleAsync()).ContactId);
        var (_, outsider) = await desk.EmployeeAsync("outsider@example.com");
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostAsJsonAsync($"/api/v1/conversations/{conversation.Id}/crm/save", new SaveToCrmInput("x"), Desk.Json)).StatusCode);
    }

    [Fact]
    public async Task LinkToAnotherRecord_FromTheChat_TheClientAndTheirSessionsMoveToThatContact()
    {
        await using var desk = await Desk.StartAsync();
        (await desk.ClientWritesAsync("hello", "m-1")).EnsureSuccessStatusCode();
        var conversation = await ConversationWorkflowTests.WaitForAsync(desk.Api, "unanswered");
        await WaitForActivitiesAsync(desk, 1);
        var contact = await CrmApiTests.Create<Contact>(desk, "/api/v1/crm/contacts", new ContactInput("Maria Silva (customer since 2019)"));

        Assert.Equal(HttpStatusCode.BadRequest, (await desk.Api.PutAsJsonAsync($"/api/v1/conversations/{conversation.Id}/crm/link", new CrmLinkInput(null, null), Desk.Json)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await desk.Api.PutAsJsonAsync($"/api/v1/conversations/{conversation.Id}/crm/link", new CrmLinkInput(null, Guid.NewGuid()), Desk.Json)).StatusCode);
        var (_, outsider) = await desk.EmployeeAsync("outsider@example.com");
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PutAsJsonAsync($"/api/v1/conversations/{conversation.Id}/crm/link", new CrmLinkInput(null, contact.Id), Desk.Json)).StatusCode);
        var linked = await desk.Api.PutAsJsonAsync($"/api/v1/conversations/{conversation.Id}/crm/link", new CrmLinkInput(null, contact.Id), Desk.Json);
        linked.EnsureSuccessStatusCode();

        Assert.Equal(contact.Id, (await linked.Content.ReadFromJsonAsync<CrmRecordRef>(Desk.Json))!.ContactId);
        await using var db = desk.Db();
        var activity = await db.Activities.SingleAsync();
        Assert.Equal((contact.Id, (Guid?)null), (activity.ContactId!.Value, activity.LeadId));
        (await desk.Api.PostAsync($"/api/v1/conversations/{conversation.Id}/actions/close", null)).EnsureSuccessStatusCode();
        (await desk.ClientWritesAsync("back again", "m-2")).EnsureSuccessStatusCode();
        await WaitForActivitiesAsync(desk, 2);
        await using var check = desk.Db();
        Assert.Equal(2, await check.Activities.CountAsync(a => a.ContactId == contact.Id));
    }

    internal static async Task WaitForActivitiesAsync(Desk desk, int count) =>
        await Desk.EventuallyAsync(async () =>
        {
            await using var db = desk.Db();
            return await db.Activities.CountAsync() >= count;
        }, $"{count} CRM activities exist");

    private static async Task<long> Post(Desk desk, Guid conversation, object body)
    {
        var response = await desk.Api.PostAsJsonAsync($"/api/v1/conversations/{conversation}/messages", body);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<MessageView>(Desk.Json))!.Id;
    }
}
