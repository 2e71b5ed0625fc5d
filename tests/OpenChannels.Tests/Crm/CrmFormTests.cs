using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Conversations;
using OpenChannels.Portal.Crm;
using OpenChannels.Portal.Tests.Conversations;
using OpenChannels.Portal.Tests.Infrastructure;

namespace OpenChannels.Portal.Tests.Crm;

/// <summary>CRM forms: built by an administrator, sent in a chat through the connector, answered on the public page by the client.</summary>
public sealed partial class CrmFormTests
{
    [Fact]
    public async Task FormSubmission_FromTheLinkSentInTheChat_UpdatesTheLeadAndShowsAsAnActivity()
    {
        await using var desk = await Desk.StartAsync();
        (await desk.Api.PostAsJsonAsync("/api/v1/crm/custom-fields", new CustomFieldInput("Lead", "budget", "Budget"))).EnsureSuccessStatusCode();
        var form = await CreateFormAsync(desk, new CrmFormField("name", "Your name", Required: true), new CrmFormField("email", "E-mail", Required: true),
            new CrmFormField("phone", "Phone"), new CrmFormField("custom:budget", "Budget"));
        (await desk.ClientWritesAsync("I want a quote", "m-1")).EnsureSuccessStatusCode();
        await CrmFromChatTests.WaitForActivitiesAsync(desk, 1);
        var conversation = await ConversationWorkflowTests.WaitForAsync(desk.Api, "unanswered");

        var path = await SendFormAsync(desk, conversation.Id, form.Id);
        using var client = desk.Portal.CreateClient();
        var page = await client.GetAsync(path);
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Tell us about you", html, StringComparison.Ordinal);
        Assert.Contains("Your name *", html, StringComparison.Ordinal);

        var bad = await client.PostAsync(path, Answers(html, ("name", "Maria Souza"), ("email", "not-an-address")));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("is not a valid e-mail address", WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var sent = await client.PostAsync(path, Answers(html, ("name", "Maria Souza"), ("email", "maria@example.com"), ("phone", "+55 11 5555-0000"), ("custom:budget", "5000")));
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Contains("Thank you", await sent.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await using var db = desk.Db();
        var lead = await db.Leads.SingleAsync();
        Assert.Equal(("Maria Souza", "maria@example.com", "+55 11 5555-0000"), (lead.Name, lead.Email, lead.Phone));
        Assert.Equal("5000", JsonSerializer.Deserialize<Dictionary<string, string>>(lead.CustomFields!)!["budget"]);
        var activity = await db.Activities.SingleAsync(a => a.Kind == ActivityKind.Form);
        Assert.Equal(lead.Id, activity.LeadId);
        Assert.Equal("Form: Quote request", activity.Subject);
        Assert.Contains("Budget: 5000", activity.Body, StringComparison.Ordinal);
        Assert.Equal("maria@example.com", (await db.Clients.SingleAsync()).Email);
    }

    [Fact]
    public async Task FormSubmission_WithoutTheAntiforgeryTokenOrWithAnAlteredLink_IsRefusedAndChangesNothing()
    {
        await using var desk = await Desk.StartAsync();
        var form = await CreateFormAsync(desk, new CrmFormField("name", "Your name"));
        (await desk.ClientWritesAsync("hi", "m-1")).EnsureSuccessStatusCode();
        await CrmFromChatTests.WaitForActivitiesAsync(desk, 1);
        var conversation = await ConversationWorkflowTests.WaitForAsync(desk.Api, "unanswered");
        var path = await SendFormAsync(desk, conversation.Id, form.Id);
        using var client = desk.Portal.CreateClient();
        var html = await client.GetStringAsync(path);

        var forged = await client.PostAsync(path, new FormUrlEncodedContent([new("name", "Mallory")]));
        var altered = await client.PostAsync(path[..^3] + "xyz", Answers(html, ("name", "Mallory")));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, altered.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/forms/not-a-token")).StatusCode);
        await using var db = desk.Db();
        Assert.Equal("Maria Silva", (await db.Leads.SingleAsync()).Name);
        Assert.False(await db.Activities.AnyAsync(a => a.Kind == ActivityKind.Form));
    }

    [Fact]
    public async Task FormSubmission_EmailOfAnExistingContact_LinksTheClientToThatContactInsteadOfANewLead()
    {
        await using var desk = await Desk.StartAsync(new() { Name = "Support", CreateLeadForNewClients = false });
        var contact = await (await desk.Api.PostAsJsonAsync("/api/v1/crm/contacts", new ContactInput("Maria Silva", Email: "maria@example.com"), Desk.Json))
            .Content.ReadFromJsonAsync<Contact>(Desk.Json);
        var form = await CreateFormAsync(desk, new CrmFormField("email", "E-mail"), new CrmFormField("company", "Company"));
        (await desk.ClientWritesAsync("hello again", "m-1")).EnsureSuccessStatusCode();
        var conversation = await ConversationWorkflowTests.WaitForAsync(desk.Api, "unanswered");
        var path = await SendFormAsync(desk, conversation.Id, form.Id);
        using var client = desk.Portal.CreateClient();
        var html = await client.GetStringAsync(path);

        (await client.PostAsync(path, Answers(html, ("email", "maria@example.com"), ("company", "Acme")))).EnsureSuccessStatusCode();

        var record = await desk.Api.GetFromJsonAsync<CrmRecordRef>($"/api/v1/conversations/{conversation.Id}/crm", Desk.Json);
        Assert.Equal(contact!.Id, record!.ContactId);
        await using var db = desk.Db();
        Assert.Equal(0, await db.Leads.CountAsync());
        Assert.Equal("Acme", (await db.Contacts.SingleAsync()).CompanyName);
        Assert.Equal(contact.Id, (await db.Activities.SingleAsync()).ContactId);
    }

    [Fact]
    public async Task Forms_AnAgent_CannotBuildThem_NorSendThemInAForeignChat_AndThePageIsRateLimited()
    {
        await using var desk = await Desk.StartAsync(settings: new Dictionary<string, string?> { ["OPENCHANNELS_FORM_REQUESTS_PER_MINUTE"] = "3" });
        var form = await CreateFormAsync(desk, new CrmFormField("name", "Your name"));
        var (_, agent) = await desk.EmployeeAsync("agent@example.com");
        (await desk.ClientWritesAsync("hi", "m-1")).EnsureSuccessStatusCode();
        var conversation = await ConversationWorkflowTests.WaitForAsync(desk.Api, "unanswered");

        Assert.Equal(HttpStatusCode.Forbidden, (await agent.PostAsJsonAsync("/api/v1/crm/forms", new CrmFormInput("x", "x", [new("name", "Name")]))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await agent.PostAsync($"/api/v1/conversations/{conversation.Id}/crm/forms/{form.Id}/send", null)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await desk.Api.PostAsJsonAsync("/api/v1/crm/forms", new CrmFormInput("x", "x", [new("salary", "Salary")]))).StatusCode);
        var path = await SendFormAsync(desk, conversation.Id, form.Id);
        using var client = desk.Portal.CreateClient();
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add((await client.GetAsync(path)).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], answers);
    }

    private static async Task<CrmFormView> CreateFormAsync(Desk desk, params CrmFormField[] fields)
    {
        var created = await desk.Api.PostAsJsonAsync("/api/v1/crm/forms", new CrmFormInput("Quote request", "Tell us about you", fields));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<CrmFormView>(Desk.Json))!;
    }

    /// <summary>Sends the form in the chat and returns the path of the link the client received through the connector.</summary>
    private static async Task<string> SendFormAsync(Desk desk, Guid conversationId, Guid formId)
    {
        (await desk.Api.PostAsync($"/api/v1/conversations/{conversationId}/actions/answer", null)).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.Created, (await desk.Api.PostAsync($"/api/v1/conversations/{conversationId}/crm/forms/{formId}/send", null)).StatusCode);
        string? text = null;
        await Desk.EventuallyAsync(() =>
        {
            text = desk.Delivered().Select(d => d.GetProperty("text").GetString()).LastOrDefault(t => t?.Contains("/forms/", StringComparison.Ordinal) == true);
            return Task.FromResult(text is not null);
        }, "the form link reached the connector");
        Assert.StartsWith("Tell us about you: ", text, StringComparison.Ordinal);
        return new Uri(Link().Match(text!).Value).PathAndQuery;
    }

    private static FormUrlEncodedContent Answers(string html, params (string Name, string Value)[] answers)
    {
        var token = Token().Match(html);
        Assert.True(token.Success, "the page carries an antiforgery token");
        return new FormUrlEncodedContent([new(token.Groups[1].Value, WebUtility.HtmlDecode(token.Groups[2].Value)), .. answers.Select(a => new KeyValuePair<string, string>(a.Name, a.Value))]);
    }

    [GeneratedRegex(@"https?://\S+/forms/\S+")]
    private static partial Regex Link();

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]+)\">")]
    private static partial Regex Token();
}
