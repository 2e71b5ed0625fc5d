using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using OpenChannels.E2E.Infrastructure;
using Xunit.Abstractions;

namespace OpenChannels.E2E.Crm;

/// <summary>
/// Issue 7 in Chromium: a loopback client writes; the agent opens the lead from the chat, sends a CRM form the client fills in on
/// its public page, saves a deal with Save to CRM; the deal, the chat transcript and the form answers show in the CRM.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class CrmStoryTests(BrowserFixture fixture, ITestOutputHelper output)
{
    private const string Email = "carol@example.com";
    private const string Password = "carol-password-e2e";
    private const string Secret = "crm-secret";
    private const string ClientName = "Dora Client";

    [Fact]
    public Task Story_ClientWritesAgentOpensLeadSendsFormSavesDeal_TheDealAndTranscriptShowInTheCrm() =>
        StoryPortal.RunAsync(Email, Password, output, RunAsync);

    private async Task RunAsync(PortalProcess portal, HttpClient api)
    {
        await using var receiver = new LoopbackReceiver();
        var webhook = await StoryPortal.LoopbackChannelAsync(api, receiver, Secret, new { name = "Sales" });
        (await api.PostAsJsonAsync("api/v1/crm/forms", new { name = "Details", title = "Your details", fields = new[] { new { target = "email", label = "E-mail", required = true } } }))
            .EnsureSuccessStatusCode();

        // 1: the client writes.
        using (var request = new HttpRequestMessage(HttpMethod.Post, webhook)
        {
            Content = JsonContent.Create(new { type = "message", chatId = "chat-dora", messageId = "d1", userId = "dora", userName = ClientName, text = "I would like the yearly plan" }),
        })
        {
            request.Headers.Add("X-Loopback-Secret", Secret);
            (await api.SendAsync(request)).EnsureSuccessStatusCode();
        }

        // 2: the agent opens the chat from the queue, then the lead from the chat's CRM section.
        var page = await fixture.NewPageAsync(portal);
        await BrowserFixture.SignInAsync(page, Email, Password);
        var row = page.GetByTestId("queue-unanswered").GetByTestId("conversation-row").Filter(new() { HasTextString = ClientName });
        await row.ClickAsync();
        await page.WaitForURLAsync("**/chat/*");
        var crm = page.GetByTestId("crm-chat");
        await Assertions.Expect(crm.GetByTestId("crm-open-record")).ToContainTextAsync("Lead: " + ClientName);
        var lead = await page.RunAndWaitForPopupAsync(() => crm.GetByTestId("crm-open-record").ClickAsync());
        await Assertions.Expect(lead.GetByTestId("crm-record-name")).ToHaveTextAsync(ClientName);
        await Assertions.Expect(lead.GetByTestId("crm-record")).ToContainTextAsync("loopback:dora");
        await Assertions.Expect(lead.GetByTestId("crm-timeline")).ToContainTextAsync(ClientName + ": I would like the yearly plan");

        // The agent answers and sends the form; the client gets its link through the connector and fills it in.
        await page.GetByTestId("chat").GetByRole(AriaRole.Button, new() { Name = "Answer", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("chat-status")).ToHaveTextAsync("In progress");
        await crm.Locator("button[name=crm-send-form][data-form=Details]").ClickAsync();
        var link = await WaitForLinkAsync(receiver);
        Assert.StartsWith(portal.BaseUrl + "forms/", link, StringComparison.Ordinal);
        var client = await fixture.NewPageAsync(portal);
        await client.GotoAsync(link);
        await Assertions.Expect(client.Locator("h1")).ToHaveTextAsync("Your details");
        await client.Locator("input[name=email]").FillAsync("dora@example.com");
        await client.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
        await Assertions.Expect(client.GetByTestId("crm-form-message")).ToContainTextAsync("Thank you");

        // 3: the agent saves a deal from the chat: the lead becomes a contact holding the deal.
        await crm.Locator("input[name=crm-deal-title]").FillAsync("Yearly plan");
        await crm.Locator("input[name=crm-deal-amount]").FillAsync("1200");
        await crm.Locator("input[name=crm-deal-currency]").FillAsync("EUR");
        await crm.Locator("button[name=crm-save]").ClickAsync();
        await Assertions.Expect(crm.GetByTestId("crm-open-record")).ToContainTextAsync("Contact: " + ClientName);

        // 4: the deal is in the CRM's deal list, and the contact shows it with the chat transcript and the form answers.
        await page.GotoAsync("/crm");
        await BrowserFixture.WaitInteractiveAsync(page);
        await page.GetByRole(AriaRole.Tab, new() { Name = "Deals" }).ClickAsync();
        var deals = page.GetByTestId("deals-grid");
        await Assertions.Expect(deals).ToContainTextAsync("Yearly plan");
        await Assertions.Expect(deals).ToContainTextAsync("1,200.00 EUR");
        await deals.GetByRole(AriaRole.Link, new() { Name = "Yearly plan" }).ClickAsync();
        await page.WaitForURLAsync("**/crm/contacts/*");
        await Assertions.Expect(page.GetByTestId("crm-record-name")).ToHaveTextAsync(ClientName);
        await Assertions.Expect(page.GetByTestId("crm-record")).ToContainTextAsync("dora@example.com");
        await Assertions.Expect(page.GetByTestId("crm-deals")).ToContainTextAsync("Yearly plan");
        var timeline = page.GetByTestId("crm-timeline");
        await Assertions.Expect(timeline).ToContainTextAsync("Chat session 1");
        await Assertions.Expect(timeline).ToContainTextAsync(ClientName + ": I would like the yearly plan");
        await Assertions.Expect(timeline).ToContainTextAsync("Form: Details");
        await Assertions.Expect(timeline).ToContainTextAsync("E-mail: dora@example.com");
    }

    private static async Task<string> WaitForLinkAsync(LoopbackReceiver receiver)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < deadline)
        {
            if (receiver.SentTexts.FirstOrDefault(t => t.StartsWith("Your details: ", StringComparison.Ordinal)) is { } text)
            {
                return text["Your details: ".Length..];
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("the form link never reached the connector");
    }
}
