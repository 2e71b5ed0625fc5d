using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using OpenChannels.E2E.Infrastructure;
using Xunit.Abstractions;

namespace OpenChannels.E2E.Security;

/// <summary>
/// Stored XSS in Chromium. The <see cref="XssPayloads"/> corpus goes in through every way outside text reaches the portal: client
/// names, message text, file names and avatar URLs (a loopback client), CRM lead and contact names and notes, and the statistics.
/// The agent screen, a conversation, the CRM list and record pages and the statistics are then opened twice: once with the
/// Content-Security-Policy bypassed, which proves the output encoding alone stops every payload (the page hook records any that
/// runs, and no injected element may exist), and once under the real policy, which must report no violation at all (so it is
/// strict and still lets Blazor Server and Radzen work). Uploads are checked to be downloads, never rendered.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class XssTests(BrowserFixture fixture, ITestOutputHelper output)
{
    private const string Email = "xss-admin@example.com";
    private const string Password = "xss-admin-password";
    private const string Secret = "xss-loopback-secret";

    [Fact]
    public Task Corpus_InEveryFieldOnEveryPage_NothingExecutes_AndTheCspReportsNoViolation() =>
        StoryPortal.RunAsync(Email, Password, output, RunAsync);

    private async Task RunAsync(PortalProcess portal, HttpClient api)
    {
        await using var receiver = new LoopbackReceiver();
        var pages = await SeedAsync(api, receiver);

        var headers = await AssertUploadsAreDownloadsAsync(api, pages.Conversations[0]);
        AssertStrictPolicy(headers);

        foreach (var bypassCsp in new[] { true, false })
        {
            var context = await fixture.Browser.NewContextAsync(new() { BaseURL = portal.BaseUrl.ToString(), BypassCSP = bypassCsp });
            context.SetDefaultTimeout(15_000);
            await context.AddInitScriptAsync(XssPayloads.Hook);
            var dialogs = new List<string>();
            var page = await context.NewPageAsync();
            page.Dialog += async (_, dialog) =>
            {
                dialogs.Add(dialog.Message);
                await dialog.DismissAsync();
            };
            await BrowserFixture.SignInAsync(page, Email, Password);
            async Task AssertNothingRanAsync(string where)
            {
                // Hover and focus everything payloads might hang a handler on, then let timers and image errors fire.
                await page.Mouse.MoveAsync(200, 300);
                await page.WaitForTimeoutAsync(300);
                var ran = await page.EvaluateAsync<string[]>("() => window.__xss");
                var injected = await page.EvaluateAsync<string[]>(XssPayloads.InjectedMarkup);
                var violations = await page.EvaluateAsync<string[]>("() => window.__csp");
                var mode = bypassCsp ? "with the CSP bypassed" : "under the CSP";
                Assert.True(ran.Length == 0, $"{where} {mode}: payloads ran: {string.Join(", ", ran)}");
                Assert.True(injected.Length == 0, $"{where} {mode}: injected markup: {string.Join(" | ", injected)}");
                Assert.True(dialogs.Count == 0, $"{where} {mode}: dialogs opened: {string.Join(", ", dialogs)}");
                if (!bypassCsp)
                {
                    Assert.True(violations.Length == 0, $"{where}: CSP violations: {string.Join(" | ", violations)}");
                }
            }

            foreach (var (url, mustShow) in pages.Visits)
            {
                await page.GotoAsync(url);
                await BrowserFixture.WaitInteractiveAsync(page);
                await Assertions.Expect(page.Locator("body")).ToContainTextAsync(mustShow, new() { Timeout = 15_000 });
                await AssertNothingRanAsync(url);
            }

            // The canned responses as the reply box suggests them after '/'.
            await page.GotoAsync($"/chat/{pages.Conversations[^1]}");
            await BrowserFixture.WaitInteractiveAsync(page);
            await page.Locator("textarea[name=reply]").PressSequentiallyAsync("/xss");
            await Assertions.Expect(page.GetByTestId("canned-suggestions")).ToContainTextAsync("canned-visible");
            await AssertNothingRanAsync("the canned response suggestions");

            output.WriteLine($"{pages.Visits.Count} pages {(bypassCsp ? "with the CSP bypassed" : "under the CSP")}: no payload ran, none injected");
            await context.CloseAsync();
        }
    }

    /// <summary>Puts the corpus everywhere and returns the pages to open, each with a text that proves it rendered the data.</summary>
    private static async Task<Seeded> SeedAsync(HttpClient api, LoopbackReceiver receiver)
    {
        var channel = await ReadAsync(await api.PostAsJsonAsync("api/v1/channels", new { name = "Support" }));
        var connection = await ReadAsync(await api.PostAsJsonAsync($"api/v1/channels/{channel.GetProperty("id")}/connections",
            new { connector = "loopback", settings = new { secret = Secret, callbackUrl = receiver.Url.ToString() } }));
        var webhook = $"webhooks/{connection.GetProperty("id")}";
        var allPayloads = string.Join("\n", XssPayloads.All);
        for (var i = 0; i < XssPayloads.All.Count; i++)
        {
            var payload = XssPayloads.All[i];
            using var request = new HttpRequestMessage(HttpMethod.Post, webhook)
            {
                Content = JsonContent.Create(new
                {
                    type = "message", chatId = $"chat-{i}", messageId = $"m-{i}", userId = $"u-{i}", userName = payload,
                    avatarUrl = i % 2 == 0 ? $"javascript:__xss.push('avatar{i}')" : "data:image/svg+xml,<svg onload=__xss.push('avatar')>",
                    text = $"visible-{i}\n{allPayloads}",
                    files = new object[]
                    {
                        new { name = payload + ".svg", contentType = "image/svg+xml", content = XssPayloads.Svg },
                        new { name = payload + ".html", contentType = "text/html", content = XssPayloads.Html },
                    },
                }),
            };
            request.Headers.Add("X-Loopback-Secret", Secret);
            Assert.Equal(HttpStatusCode.OK, (await api.SendAsync(request)).StatusCode);
        }

        var conversations = (await api.GetFromJsonAsync<JsonElement>("api/v1/conversations")).EnumerateArray().Select(c => c.GetProperty("id").GetString()!).ToList();
        Assert.Equal(XssPayloads.All.Count, conversations.Count);

        // Half the sessions are answered and closed, so the statistics list them; one is saved to the CRM from the chat.
        foreach (var id in conversations.Take(conversations.Count / 2))
        {
            (await api.PostAsJsonAsync($"api/v1/conversations/{id}/messages", new { text = XssPayloads.All[0] })).EnsureSuccessStatusCode();
            (await api.PostAsync($"api/v1/conversations/{id}/actions/close", null)).EnsureSuccessStatusCode();
        }

        (await api.PostAsJsonAsync($"api/v1/conversations/{conversations[^1]}/crm/save", new { dealTitle = XssPayloads.All[1], company = XssPayloads.All[2] })).EnsureSuccessStatusCode();
        var lead = await ReadAsync(await api.PostAsJsonAsync("api/v1/crm/leads", new { name = "lead-visible " + XssPayloads.All[3], email = "lead@example.com" }));
        var contact = await ReadAsync(await api.PostAsJsonAsync("api/v1/crm/contacts", new { name = "contact-visible " + XssPayloads.All[4], company = XssPayloads.All[5] }));
        foreach (var payload in XssPayloads.All)
        {
            await ReadAsync(await api.PostAsJsonAsync("api/v1/crm/leads", new { name = payload }));
            await ReadAsync(await api.PostAsJsonAsync("api/v1/crm/activities", new { kind = "Note", subject = payload, body = allPayloads, leadId = lead.GetProperty("id").GetString() }));
            await ReadAsync(await api.PostAsJsonAsync("api/v1/crm/activities", new { kind = "Note", subject = payload, body = allPayloads, contactId = contact.GetProperty("id").GetString() }));
        }

        for (var i = 0; i < XssPayloads.All.Count; i++)
        {
            await ReadAsync(await api.PostAsJsonAsync("api/v1/canned-responses", new { shortcut = $"xss{i}", text = "canned-visible " + XssPayloads.All[i], shared = true }));
        }

        return new Seeded(conversations,
        [
            ("/canned-responses", "canned-visible"),
            ("/", "__xss.push("),
            ($"/chat/{conversations[0]}", "visible-"),
            ($"/chat/{conversations[^1]}", "visible-"),
            ($"/chat/{conversations[conversations.Count / 2]}", "visible-"),
            ("/crm", "__xss.push("),
            ($"/crm/leads/{lead.GetProperty("id").GetString()}", "lead-visible"),
            ($"/crm/contacts/{contact.GetProperty("id").GetString()}", "contact-visible"),
            // The literal text of the payload is on the page: it was shown as text, not parsed as markup.
            ("/statistics", "__xss.push("),
        ]);
    }

    /// <summary>The SVG and HTML a client sent are served as attachments with a neutral type and nosniff; the page itself gets the CSP.</summary>
    private static async Task<HttpResponseHeaders> AssertUploadsAreDownloadsAsync(HttpClient api, string conversationId)
    {
        var messages = await api.GetFromJsonAsync<JsonElement>($"api/v1/conversations/{conversationId}/messages");
        var files = messages.EnumerateArray().SelectMany(m => m.TryGetProperty("attachments", out var a) ? a.EnumerateArray() : Enumerable.Empty<JsonElement>()).ToList();
        Assert.Equal(2, files.Count);
        foreach (var file in files)
        {
            using var response = await api.GetAsync(file.GetProperty("url").GetString());
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/octet-stream", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
            Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
        }

        using var home = await api.GetAsync("/account/login");
        return home.Headers;
    }

    private static void AssertStrictPolicy(HttpResponseHeaders headers)
    {
        var policy = string.Join(";", headers.GetValues("Content-Security-Policy"));
        Assert.True(policy.Contains("script-src", StringComparison.Ordinal), "Content-Security-Policy: " + policy);
        var directives = policy.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToDictionary(d => d.Split(' ')[0], d => d.Split(' ').Skip(1).ToArray());
        Assert.Equal(["'self'"], directives["script-src"]);
        Assert.Equal(["'self'"], directives["default-src"]);
        Assert.Equal(["'none'"], directives["object-src"]);
        Assert.Equal(["'none'"], directives["frame-ancestors"]);
        Assert.Equal(["'self'"], directives["base-uri"]);
        Assert.Equal(["'self'"], directives["connect-src"]);
        Assert.DoesNotContain(directives.Values.SelectMany(v => v), v => v is "*" or "'unsafe-eval'" or "http:" or "'unsafe-hashes'");
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    private sealed record Seeded(IReadOnlyList<string> Conversations, IReadOnlyList<(string Url, string MustShow)> Visits);
}
