using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using OpenChannels.E2E.Infrastructure;
using Xunit.Abstractions;

namespace OpenChannels.E2E.Widget;

/// <summary>
/// Issue 6 in Chromium: a customer's website on another origin embeds the snippet copied from the connection page. A visitor on a
/// phone-sized screen fills the pre-chat form (with a script-injection payload as name), writes and sends a picture; the agent
/// answers, edits and deletes, all seen live with typing both ways; a reload keeps the history; the agent closes and the visitor
/// rates, which the statistics show. A second visitor reads nothing of the first; the offline form becomes a conversation; a
/// website that is not allowed gets no widget.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class WidgetStoryTests(BrowserFixture fixture, ITestOutputHelper output)
{
    private const string Email = "wanda@example.com";
    private const string Password = "wanda-password-e2e";
    private const string Xss = "Ana <img src=x onerror=\"window.__xss=1\">";
    private const string TinyPng = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

    [Fact]
    public Task Widget_VisitorAndAgent_WholeStoryInTwoBrowsers() => StoryPortal.RunAsync(Email, Password, output, RunAsync);

    private async Task RunAsync(PortalProcess portal, HttpClient api)
    {
        await using var site = new TestSite();
        await using var foreign = new TestSite();
        var me = (await api.GetFromJsonAsync<JsonElement>("api/v1/me")).GetProperty("id").GetString();
        var channel = await CreateAsync(api, "api/v1/channels", new { name = "Website", ratingEnabled = true, members = new[] { new { userId = me } } });
        var connection = await CreateAsync(api, $"api/v1/channels/{channel}/connections", new
        {
            connector = "webchat",
            settings = new { allowedOrigins = site.Origin, title = "Shop help", color = "#aa3300", preChatForm = "true" },
        });
        var afterHours = await CreateAsync(api, "api/v1/channels", new { name = "After hours" });
        var offlineConnection = await CreateAsync(api, $"api/v1/channels/{afterHours}/connections", new { connector = "webchat", settings = new { allowedOrigins = site.Origin } });

        // The administrator copies the snippet from the connection's card.
        var agent = await fixture.NewPageAsync(portal);
        await BrowserFixture.SignInAsync(agent, Email, Password);
        await agent.GotoAsync($"/channels/{channel}");
        await BrowserFixture.WaitInteractiveAsync(agent);
        await agent.GetByRole(AriaRole.Tab, new() { Name = "Connections" }).ClickAsync();
        var snippet = await agent.GetByTestId("widget-snippet").Locator("code").InnerTextAsync();
        Assert.Equal($"<script src=\"{portal.BaseUrl}widget/{connection}.js\" async></script>", snippet);
        var shop = site.Page("/", snippet);

        // Visitor 1, on a phone: opens the widget from the keyboard and fills the pre-chat form.
        var visitor = await VisitorAsync(new BrowserNewContextOptions { ViewportSize = new() { Width = 390, Height = 740 }, Locale = "en-US", HasTouch = true });
        await visitor.GotoAsync(shop);
        var launcher = visitor.Locator(".oc-launcher");
        await launcher.FocusAsync();
        await visitor.Keyboard.PressAsync("Enter");
        var panel = visitor.Locator(".oc-panel");
        await Assertions.Expect(panel).ToBeVisibleAsync();
        await Assertions.Expect(panel.Locator("h2")).ToHaveTextAsync("Shop help");
        Assert.Equal("390", await panel.EvaluateAsync<string>("p => String(Math.round(p.getBoundingClientRect().width))"));
        await panel.Locator(".oc-prechat input[name=name]").FillAsync(Xss);
        await panel.Locator(".oc-prechat input[name=email]").FillAsync("ana@example.com");
        await panel.Locator(".oc-prechat button[type=submit]").ClickAsync();

        // Text and a picture from the visitor, seen live by the agent.
        var input = panel.Locator("textarea.oc-input");
        await input.FillAsync("Hello, I need help");
        await input.PressAsync("Enter");
        var mine = panel.Locator(".oc-msg[data-from=visitor]");
        await Assertions.Expect(mine.First.Locator(".oc-state")).ToHaveAttributeAsync("data-state", "sent");
        await panel.Locator("input.oc-file-input").SetInputFilesAsync(new FilePayload { Name = "photo.png", MimeType = "image/png", Buffer = Convert.FromBase64String(TinyPng) });
        await Assertions.Expect(panel.Locator(".oc-chip")).ToContainTextAsync("photo.png");
        await panel.Locator("button.oc-send").ClickAsync();
        var thumbnail = panel.Locator("img[alt='photo.png']");
        await Assertions.Expect(thumbnail).ToBeVisibleAsync();
        Assert.True(await thumbnail.EvaluateAsync<bool>("i => i.complete && i.naturalWidth === 1"), "the thumbnail did not load");

        await agent.GotoAsync("/");
        await BrowserFixture.WaitInteractiveAsync(agent);
        var row = agent.GetByTestId("conversation-row").Filter(new() { HasTextString = "Ana <img" });
        await Assertions.Expect(row).ToBeVisibleAsync();
        await row.ClickAsync();
        await agent.WaitForURLAsync("**/chat/*");
        var chat = agent.GetByTestId("chat");
        var history = chat.GetByTestId("history");
        await Assertions.Expect(chat.GetByTestId("chat-client")).ToHaveTextAsync(Xss);
        await Assertions.Expect(history).ToContainTextAsync("Hello, I need help");
        await Assertions.Expect(history).ToContainTextAsync("photo.png");
        await chat.GetByRole(AriaRole.Button, new() { Name = "Answer", Exact = true }).ClickAsync();

        // Typing both ways, then the agent's reply, live in the widget.
        await input.PressSequentiallyAsync("one more thing");
        await Assertions.Expect(chat.GetByTestId("visitor-typing")).ToHaveTextAsync("The visitor is typing…");
        await input.FillAsync("");
        var reply = agent.Locator("textarea[name=reply]");
        await reply.FillAsync("Hi Ana, how can I help?");
        await Assertions.Expect(panel.Locator(".oc-typing")).ToHaveTextAsync("Typing…");
        await reply.PressAsync("Enter");
        var answer = panel.Locator(".oc-msg[data-from=agent]").Filter(new() { HasTextString = "how can I help?" });
        await Assertions.Expect(answer).ToContainTextAsync("Hi Ana, how can I help?");
        answer = panel.Locator($".oc-msg[data-id='{await answer.GetAttributeAsync("data-id")}']");

        // The agent edits, then deletes: both seen in the widget.
        var sent = chat.Locator("[data-kind=agent]").Filter(new() { HasTextString = "Hi Ana" });
        await MessageMenuDriver.ChooseAsync(agent, sent, "Edit");
        await Assertions.Expect(reply).ToHaveValueAsync("Hi Ana, how can I help?");
        await reply.FillAsync("Hi Ana! What can I do for you?");
        await reply.PressAsync("Enter");
        await Assertions.Expect(answer).ToContainTextAsync("Hi Ana! What can I do for you?");
        await Assertions.Expect(answer.Locator(".oc-meta")).ToContainTextAsync("edited");
        await reply.FillAsync("Please send the order number.");
        await reply.PressAsync("Enter");
        var second = panel.Locator(".oc-msg[data-from=agent]").Filter(new() { HasTextString = "order number" });
        await Assertions.Expect(second).ToBeVisibleAsync();
        await MessageMenuDriver.ChooseAsync(agent, chat.Locator("[data-kind=agent]").Filter(new() { HasTextString = "order number" }), "Delete");
        await Assertions.Expect(panel.Locator(".oc-msg.oc-deleted")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("This message was deleted"));
        await Assertions.Expect(second).ToHaveCountAsync(0);

        // A reload keeps the history (token in localStorage); no pre-chat form again.
        await visitor.ReloadAsync();
        await visitor.Locator(".oc-launcher").ClickAsync();
        await Assertions.Expect(panel.Locator(".oc-log")).ToContainTextAsync("Hello, I need help");
        await Assertions.Expect(panel.Locator(".oc-log")).ToContainTextAsync("Hi Ana! What can I do for you?");
        await Assertions.Expect(panel.Locator(".oc-msg.oc-deleted")).ToHaveCountAsync(1);
        await Assertions.Expect(panel.Locator("img[alt='photo.png']")).ToBeVisibleAsync();
        await Assertions.Expect(panel.Locator(".oc-prechat")).ToHaveCountAsync(0);

        // The agent closes; the visitor rates with a thumb; the portal shows the rating.
        await chat.GetByRole(AriaRole.Button, new() { Name = "Close", Exact = true }).ClickAsync();
        await Assertions.Expect(chat.GetByTestId("chat-status")).ToHaveTextAsync("Closed");
        var thumbs = panel.Locator(".oc-rate button");
        await Assertions.Expect(thumbs).ToHaveCountAsync(2);
        await thumbs.First.ClickAsync();
        await Assertions.Expect(panel.Locator(".oc-rated")).ToContainTextAsync("Thank you for your feedback!");
        await agent.GotoAsync("/statistics");
        await BrowserFixture.WaitInteractiveAsync(agent);
        await Assertions.Expect(agent.GetByTestId("figure-customer-rating")).ToContainTextAsync("👍 1");

        // A second visitor sees nothing of the first, and a tampered token reads nothing either.
        var stranger = await VisitorAsync(new BrowserNewContextOptions { Locale = "en-US" });
        await stranger.GotoAsync(shop);
        await stranger.Locator(".oc-launcher").ClickAsync();
        await Assertions.Expect(stranger.Locator(".oc-prechat")).ToBeVisibleAsync();
        Assert.Equal(0, await stranger.Locator(".oc-msg").CountAsync());
        var firstToken = await visitor.EvaluateAsync<string>($"() => localStorage.getItem('oc-widget:{connection}')");
        var api1 = $"{portal.BaseUrl}widget/{connection}/messages";
        var strangerToken = await stranger.EvaluateAsync<string>($"() => localStorage.getItem('oc-widget:{connection}')");
        var own = await stranger.EvaluateAsync<string>(ReadHistory, new[] { api1, strangerToken });
        var tampered = await stranger.EvaluateAsync<string>(ReadHistory, new[] { api1, firstToken[..^2] + (firstToken[^2..] == "AA" ? "BB" : "AA") });
        Assert.Equal("200 []", own);
        Assert.StartsWith("401", tampered, StringComparison.Ordinal);

        // Outside working hours (no one to answer), the offline form becomes a conversation; in Portuguese for this visitor.
        var late = await VisitorAsync(new BrowserNewContextOptions { Locale = "pt-BR" });
        await late.GotoAsync(site.Page("/contact", $"<script src=\"{portal.BaseUrl}widget/{offlineConnection}.js\" async></script>"));
        await late.Locator(".oc-launcher").ClickAsync();
        var form = late.Locator(".oc-offline");
        await Assertions.Expect(form).ToBeVisibleAsync();
        await form.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(form.Locator("#oc-err-name")).ToHaveTextAsync("Preencha este campo.");
        await form.Locator("input[name=name]").FillAsync(Xss);
        await form.Locator("input[name=email]").FillAsync("late@example.com");
        await form.Locator("textarea[name=text]").FillAsync("Preciso de um orçamento <script>window.__xss=2</script>");
        await Assertions.Expect(form.Locator("button[type=submit]")).ToHaveTextAsync("Enviar a mensagem");
        await form.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(late.Locator(".oc-thanks")).ToContainTextAsync("Obrigado");
        var offline = (await api.GetFromJsonAsync<JsonElement>($"api/v1/conversations?channelId={afterHours}")).EnumerateArray().Single();
        await agent.GotoAsync($"/chat/{offline.GetProperty("id").GetString()}");
        await BrowserFixture.WaitInteractiveAsync(agent);
        await Assertions.Expect(agent.GetByTestId("history")).ToContainTextAsync("Preciso de um orçamento <script>window.__xss=2</script>");
        await Assertions.Expect(agent.GetByTestId("chat-client")).ToHaveTextAsync(Xss);

        // A website that is not allowed gets no widget: the portal refuses its origin, so the script shows nothing.
        var intruder = await VisitorAsync(new BrowserNewContextOptions());
        var warning = intruder.WaitForConsoleMessageAsync(new() { Predicate = m => m.Text.Contains("Open Channels", StringComparison.Ordinal) });
        await intruder.GotoAsync(foreign.Page("/", snippet));
        Assert.Contains("not available on this website", (await warning).Text, StringComparison.Ordinal);
        Assert.Equal(0, await intruder.Locator(".oc-launcher").CountAsync());

        // No payload ran anywhere.
        foreach (var page in new[] { visitor, stranger, late, agent })
        {
            Assert.Equal(0, await page.EvaluateAsync<int>("() => window.__xss || 0"));
        }
    }

    private const string ReadHistory = """
        async ([url, token]) => {
          const r = await fetch(url, { headers: { Authorization: 'Bearer ' + token } });
          return r.status + ' ' + (r.ok ? JSON.stringify((await r.json()).messages) : '');
        }
        """;

    private async Task<IPage> VisitorAsync(BrowserNewContextOptions options)
    {
        var context = await fixture.Browser.NewContextAsync(options);
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        page.Console += (_, m) => output.WriteLine("[visitor console] " + m.Text);
        return page;
    }

    private static async Task<string> CreateAsync(HttpClient api, string url, object body)
    {
        var response = await api.PostAsJsonAsync(url, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST {url} answered {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetString()!;
    }
}
