using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Playwright;
using OpenChannels.E2E.Infrastructure;
using Xunit.Abstractions;

namespace OpenChannels.E2E.ContactCenter;

/// <summary>
/// The whole issue-4 story in Chromium, on its own portal process (so it never depends on the first-run test's order):
/// a loopback client writes, gets one auto-reply, an agent answers live, whispers, transfers to a colleague who sees the
/// history, pins and closes with the closing message, and the client's next message opens session 2 of the same conversation.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class ConversationStoryTests(BrowserFixture fixture, ITestOutputHelper output)
{
    private const string AdminEmail = "ana@example.com";
    private const string AdminPassword = "ana-password-e2e";
    private const string AdminName = "Administrator"; // what OPENCHANNELS_ADMIN_* names the first administrator
    private const string AgentEmail = "bruno@example.com";
    private const string AgentPassword = "bruno-password-e2e";
    private const string Secret = "loopback-secret-e2e";
    private const string Welcome = "Welcome! An agent will be with you shortly.";
    private const string Closing = "Thank you for contacting us. Goodbye!";
    private const string ClientName = "Carla Client";

    private static readonly TimeSpan Live = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task Story_ClientAgentColleagueAndNewSession_WorksEndToEnd()
    {
        var apiKey = "oc_story_" + Guid.NewGuid().ToString("N");
        await using var portal = await PortalProcess.StartAsync(new Dictionary<string, string>
        {
            ["OPENCHANNELS_ADMIN_EMAIL"] = AdminEmail,
            ["OPENCHANNELS_ADMIN_PASSWORD"] = AdminPassword,
            ["OPENCHANNELS_API_KEY"] = apiKey,
        });
        try
        {
            await RunStoryAsync(portal, apiKey);
        }
        catch
        {
            // The portal's own log says what the browser cannot (jobs, connector calls).
            output.WriteLine(portal.Output);
            throw;
        }
    }

    private async Task RunStoryAsync(PortalProcess portal, string apiKey)
    {
        await using var receiver = new LoopbackReceiver();
        using var http = new HttpClient { BaseAddress = portal.BaseUrl, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);

        // Setup through the UI: the colleague, then the channel (welcome, closing, both agents in strict queue order), then
        // the loopback connection whose callback is the test's receiver.
        var admin = await fixture.NewPageAsync(portal);
        await BrowserFixture.SignInAsync(admin, AdminEmail, AdminPassword);
        await CreateColleagueAsync(admin);
        await CreateChannelAsync(admin);
        var webhook = await ConnectLoopbackAsync(admin, receiver.Url);

        var bruno = await fixture.NewPageAsync(portal);
        await BrowserFixture.SignInAsync(bruno, AgentEmail, AgentPassword);

        // 1 + 3 (live): Ana watches her Unanswered list while the client writes; the row must appear without a reload.
        await admin.GotoAsync("/");
        await BrowserFixture.WaitInteractiveAsync(admin);
        await admin.EvaluateAsync(WatchForText, ClientName);
        var before = await admin.EvaluateAsync<double>("performance.now()");
        var post = Stopwatch.StartNew();
        Assert.Equal(HttpStatusCode.OK, await ClientWritesAsync(http, webhook, "m1", "Hello, I need help"));
        var stored = post.ElapsedMilliseconds;

        // 2: four more messages in a burst: still exactly one welcome reply.
        var burst = await Task.WhenAll(Enumerable.Range(2, 4).Select(i => ClientWritesAsync(http, webhook, $"m{i}", $"Burst message {i}")));
        Assert.All(burst, status => Assert.Equal(HttpStatusCode.OK, status));
        var row = admin.GetByTestId("queue-unanswered").GetByTestId("conversation-row").Filter(new() { HasTextString = ClientName });
        await Assertions.Expect(row).ToBeVisibleAsync(new() { Timeout = 5_000 });
        var seen = await admin.EvaluateAsync<double?>("window.__ocSeen");
        Assert.NotNull(seen);
        output.WriteLine($"First message: stored and answered in {stored} ms, shown in the Unanswered list {seen - before:F0} ms after it was sent");

        // The first message of a fresh process pays for start-up work (query compilation, plugin first call); later ones are measured strictly below.
        Assert.True(seen - before < 3000, $"the conversation appeared {seen - before:F0} ms after the client wrote");
        Assert.True(await receiver.WaitForTextAsync(Welcome, Live), "the welcome reply never reached the connector");
        await Task.Delay(1500);
        Assert.Single(receiver.SentTexts, t => t == Welcome);

        // 3: Ana opens it (the URL names the conversation) and answers.
        await row.ClickAsync();
        await admin.WaitForURLAsync("**/chat/*");
        var conversationId = new Uri(admin.Url).Segments[^1];
        var chat = admin.GetByTestId("chat");
        await Assertions.Expect(chat.GetByTestId("chat-client")).ToHaveTextAsync(ClientName);
        await Assertions.Expect(chat.GetByTestId("history")).ToContainTextAsync("Burst message 5");
        await chat.GetByRole(AriaRole.Button, new() { Name = "Answer", Exact = true }).ClickAsync();
        await Assertions.Expect(chat.GetByTestId("chat-status")).ToHaveTextAsync("In progress");
        await Assertions.Expect(chat.GetByTestId("history")).ToContainTextAsync(AdminName + " answered");

        // 4: the reply (Enter sends), quoting the client's last message from its menu, reaches the connector.
        await MessageMenuDriver.ChooseAsync(admin, chat.Locator("[data-kind=client]").Filter(new() { HasTextString = "Burst message 5" }), "Quote");
        await Assertions.Expect(admin.GetByTestId("quote-preview")).ToContainTextAsync("Burst message 5");
        await SendAsync(admin, "Hi Carla, how can I help?");
        Assert.True(await receiver.WaitForTextAsync("Hi Carla, how can I help?", Live), "the reply never reached the connector");
        Assert.Equal("m5", receiver.Received.Single(e => e.GetProperty("text").GetString() == "Hi Carla, how can I help?").GetProperty("replyTo").GetString());
        await Assertions.Expect(chat.Locator("[data-kind=agent]").Filter(new() { HasTextString = "Hi Carla" }).GetByTestId("quote")).ToHaveTextAsync("Burst message 5");
        await Assertions.Expect(chat.Locator("[data-kind=agent]").Filter(new() { HasTextString = "Hi Carla" }).GetByTestId("delivery"))
            .ToHaveAttributeAsync("data-status", "Sent");

        // 5: a whisper is shown grey and labelled, and never reaches the connector.
        await admin.Locator(".rz-switch", new() { Has = admin.Locator("[name=whisper]") }).ClickAsync();
        await SendAsync(admin, "Internal: she is a VIP customer");
        var whisper = chat.Locator("[data-kind=whisper]").Filter(new() { HasTextString = "she is a VIP customer" });
        await Assertions.Expect(whisper).ToBeVisibleAsync();
        await Assertions.Expect(whisper).ToContainTextAsync("whisper");
        await Task.Delay(1500);
        Assert.DoesNotContain(receiver.Received, e => e.ToString().Contains("VIP", StringComparison.Ordinal));
        await admin.Locator(".rz-switch", new() { Has = admin.Locator("[name=whisper]") }).ClickAsync();

        // 6: transfer to Bruno, who sees it arrive live and reads the full history, back to the client's first message.
        await BrowserFixture.WaitInteractiveAsync(bruno);
        await chat.GetByRole(AriaRole.Button, new() { Name = "Transfer", Exact = true }).ClickAsync();
        await admin.Locator(".rz-dropdown", new() { Has = admin.Locator("[name=transfer-user]") }).ClickAsync();
        await admin.Locator(".rz-dropdown-item", new() { HasTextString = "Bruno Agent" }).ClickAsync();
        await admin.GetByTestId("transfer-confirm").ClickAsync();
        await Assertions.Expect(chat.GetByTestId("history")).ToContainTextAsync(AdminName + " transferred the conversation to Bruno Agent");
        var brunoRow = bruno.GetByTestId("queue-unanswered").GetByTestId("conversation-row").Filter(new() { HasTextString = ClientName });
        await Assertions.Expect(brunoRow).ToBeVisibleAsync(new() { Timeout = 5_000 });
        await brunoRow.ClickAsync();
        await bruno.WaitForURLAsync($"**/chat/{conversationId}");
        var brunoChat = bruno.GetByTestId("chat");
        var history = brunoChat.GetByTestId("history");
        await Assertions.Expect(history).ToContainTextAsync(AdminName + " transferred the conversation to Bruno Agent");
        await Assertions.Expect(history).ToContainTextAsync("she is a VIP customer");
        await Assertions.Expect(history).ToContainTextAsync("Hi Carla, how can I help?");
        await history.EvaluateAsync("el => el.scrollTop = 0");
        await Assertions.Expect(history).ToContainTextAsync("Hello, I need help");
        await Assertions.Expect(history).ToContainTextAsync(Welcome);
        await Assertions.Expect(history.GetByTestId("session-separator").First).ToContainTextAsync("Session 1");

        // 7: Bruno answers, pins, then closes; the closing message reaches the connector.
        await brunoChat.GetByRole(AriaRole.Button, new() { Name = "Answer", Exact = true }).ClickAsync();
        await Assertions.Expect(brunoChat.GetByTestId("chat-status")).ToHaveTextAsync("In progress");
        await brunoChat.GetByRole(AriaRole.Button, new() { Name = "Pin", Exact = true }).ClickAsync();
        await Assertions.Expect(brunoChat.GetByTestId("pinned")).ToBeVisibleAsync();
        await Assertions.Expect(history).ToContainTextAsync("Bruno Agent pinned the conversation");
        await brunoChat.GetByRole(AriaRole.Button, new() { Name = "Close", Exact = true }).ClickAsync();
        await Assertions.Expect(brunoChat.GetByTestId("chat-status")).ToHaveTextAsync("Closed");
        Assert.True(await receiver.WaitForTextAsync(Closing, Live), "the closing message never reached the connector");
        await Assertions.Expect(history).ToContainTextAsync("Closed by Bruno Agent");

        // 8: the client writes again: a second session of the same conversation, shown live on Bruno's open chat.
        await bruno.EvaluateAsync(WatchForText, "Me again, one more question");
        before = await bruno.EvaluateAsync<double>("performance.now()");
        Assert.Equal(HttpStatusCode.OK, await ClientWritesAsync(http, webhook, "m6", "Me again, one more question"));
        await Assertions.Expect(history).ToContainTextAsync("Me again, one more question", new() { Timeout = 5_000 });
        seen = await bruno.EvaluateAsync<double?>("window.__ocSeen");
        output.WriteLine($"New session message shown in the open chat {seen - before:F0} ms after it was sent");
        Assert.True(seen - before < 1000, $"the new message appeared {seen - before:F0} ms after the client wrote");
        await Assertions.Expect(history.GetByTestId("session-separator").Filter(new() { HasTextString = "Session 2" })).ToBeVisibleAsync();
        await Assertions.Expect(brunoChat.GetByTestId("session-info")).ToContainTextAsync("2");
        Assert.EndsWith($"/chat/{conversationId}", bruno.Url, StringComparison.Ordinal);
        var conversations = await http.GetFromJsonAsync<List<ConversationRow>>("api/v1/conversations");
        var only = Assert.Single(conversations!);
        Assert.Equal(conversationId, only.Id.ToString());
        Assert.Equal("Unanswered", only.Status);

        // Across both sessions the client got exactly: one welcome, the reply, the closing message, and the new session's welcome.
        var deadline = DateTime.UtcNow + Live;
        while (receiver.SentTexts.Count < 4 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        await Task.Delay(500);
        Assert.Equal([Welcome, "Hi Carla, how can I help?", Closing, Welcome], receiver.SentTexts);

        // A conversation that does not exist (or is not visible) says so instead of failing.
        await bruno.GotoAsync($"/chat/{Guid.NewGuid()}");
        await Assertions.Expect(bruno.GetByTestId("chat-not-found")).ToContainTextAsync("does not exist");
    }

    // Records when the watched text first appears in the page, so the live latency is measured in the browser itself.
    private const string WatchForText = """
        text => {
          window.__ocSeen = null;
          const observer = new MutationObserver(() => {
            if (window.__ocSeen === null && document.body.innerText.includes(text)) { window.__ocSeen = performance.now(); observer.disconnect(); }
          });
          observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        }
        """;

    private static async Task<HttpStatusCode> ClientWritesAsync(HttpClient http, Uri webhook, string messageId, string text)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, webhook)
        {
            Content = JsonContent.Create(new { type = "message", chatId = "chat-carla", messageId, userId = "carla", userName = ClientName, text }),
        };
        request.Headers.Add("X-Loopback-Secret", Secret);
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }

    private static async Task SendAsync(IPage page, string text)
    {
        var box = page.Locator("textarea[name=reply]");
        await box.FillAsync(text);
        await box.PressAsync("Enter");
        await Assertions.Expect(box).ToHaveValueAsync("");
        await Assertions.Expect(page.GetByTestId("history")).ToContainTextAsync(text);
    }

    private static Task CreateColleagueAsync(IPage page) => BrowserFixture.CreateUserAsync(page, AgentEmail, "Bruno Agent", AgentPassword);

    private static async Task CreateChannelAsync(IPage page)
    {
        await page.GotoAsync("/channels");
        await BrowserFixture.WaitInteractiveAsync(page);
        await page.GetByTestId("new-channel").ClickAsync();
        await page.WaitForURLAsync("**/channels/new");
        await BrowserFixture.WaitInteractiveAsync(page);
        await page.Locator("input[name=channel-name]").FillAsync("Support");
        await page.Locator("textarea[name=channel-welcome]").FillAsync(Welcome);
        await page.Locator("textarea[name=channel-closing]").FillAsync(Closing);
        await page.Locator(".rz-dropdown", new() { Has = page.Locator("[name=channel-distribution]") }).ClickAsync();
        await page.Locator(".rz-dropdown-item", new() { HasTextString = "Strictly in queue order" }).ClickAsync();

        await page.GetByRole(AriaRole.Tab, new() { Name = "Queue and access" }).ClickAsync();
        foreach (var member in new[] { AdminName, "Bruno Agent" })
        {
            await page.Locator(".rz-dropdown", new() { Has = page.Locator("[name=member-pick]") }).ClickAsync();
            await page.Locator(".rz-dropdown-item", new() { HasTextString = member }).ClickAsync();
            await page.GetByTestId("add-member").ClickAsync();
            await Assertions.Expect(page.GetByTestId("members")).ToContainTextAsync(member);
        }

        await page.GetByTestId("save-channel").ClickAsync();
        await page.WaitForURLAsync(u => System.Text.RegularExpressions.Regex.IsMatch(new Uri(u).AbsolutePath, "^/channels/[0-9a-f-]{36}$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Support" })).ToBeVisibleAsync();
    }

    private static async Task<Uri> ConnectLoopbackAsync(IPage page, Uri callback)
    {
        await BrowserFixture.WaitInteractiveAsync(page);
        await page.GetByRole(AriaRole.Tab, new() { Name = "Connections" }).ClickAsync();
        await page.GetByTestId("connect").ClickAsync();
        var dialog = page.GetByTestId("connection-dialog");
        await dialog.Locator(".rz-dropdown", new() { Has = page.Locator("[name=connector]") }).ClickAsync();
        await page.Locator(".rz-dropdown-item", new() { HasTextString = "Loopback" }).ClickAsync();
        await dialog.Locator("input[name=setting-secret]").FillAsync(Secret);
        await dialog.Locator("input[name=setting-callbackUrl]").FillAsync(callback.ToString());
        await dialog.GetByTestId("save-connection").ClickAsync();
        var connection = page.GetByTestId("connection");
        await Assertions.Expect(connection.GetByTestId("connection-status")).ToHaveTextAsync("Active");
        return new Uri(await connection.GetByTestId("webhook-url").InnerTextAsync());
    }

    private sealed record ConversationRow(Guid Id, string Status);
}
