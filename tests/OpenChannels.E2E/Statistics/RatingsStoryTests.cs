using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using OpenChannels.E2E.Infrastructure;
using Xunit.Abstractions;

namespace OpenChannels.E2E.Statistics;

/// <summary>
/// Issue 8 in Chromium: a session is closed, the customer rates it with the loopback connector's button, a supervisor rates it
/// from the statistics page, sees both ratings there, and exports the CSV.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class RatingsStoryTests(BrowserFixture fixture, ITestOutputHelper output)
{
    private const string Email = "sue@example.com";
    private const string Password = "sue-password-e2e";
    private const string Secret = "ratings-secret";

    [Fact]
    public Task CustomerAndSupervisorRatings_ShowInStatistics_AndExport() =>
        AdminPortal.RunAsync(output, Email, Password, RunAsync);

    private async Task RunAsync(PortalProcess portal, string apiKey)
    {
        await using var receiver = new LoopbackReceiver();
        using var api = new HttpClient { BaseAddress = portal.BaseUrl };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        var channel = await (await api.PostAsJsonAsync("api/v1/channels", new { name = "Support", ratingEnabled = true })).Content.ReadFromJsonAsync<JsonElement>();
        var connection = await (await api.PostAsJsonAsync($"api/v1/channels/{channel.GetProperty("id")}/connections",
            new { connector = "loopback", settings = new { secret = Secret, callbackUrl = receiver.Url.ToString() } })).Content.ReadFromJsonAsync<JsonElement>();
        var webhook = $"webhooks/{connection.GetProperty("id")}";

        // The client writes, the agent answers and closes; the client taps 👍 on the rating question.
        await PostAsync(api, webhook, new { type = "message", chatId = "chat-r", messageId = "r1", userId = "rita", userName = "Rita Rater", text = "Hi" });
        var conversation = await EventuallyAsync(async () =>
            (await api.GetFromJsonAsync<JsonElement>("api/v1/conversations?status=unanswered")).EnumerateArray().FirstOrDefault());
        var id = conversation.GetProperty("id").GetString();
        (await api.PostAsJsonAsync($"api/v1/conversations/{id}/messages", new { text = "Sorted!" })).EnsureSuccessStatusCode();
        (await api.PostAsync($"api/v1/conversations/{id}/actions/close", null)).EnsureSuccessStatusCode();
        var question = await EventuallyAsync(() => Task.FromResult(receiver.Received.FirstOrDefault(r => r.TryGetProperty("buttons", out var b) && b.GetArrayLength() == 2)));
        var positive = question.GetProperty("buttons")[0].GetProperty("payload").GetString();
        await PostAsync(api, webhook, new { type = "rating", chatId = "chat-r", payload = positive, messageId = "tap-1" });

        // The supervisor rates the session on the statistics page and sees both ratings.
        var page = await fixture.NewPageAsync(portal);
        await BrowserFixture.SignInAsync(page, Email, Password);
        await page.GotoAsync("/statistics");
        await BrowserFixture.WaitInteractiveAsync(page);
        var sessions = page.GetByTestId("stats-sessions");
        await Assertions.Expect(sessions).ToContainTextAsync("Rita Rater");
        await Assertions.Expect(sessions).ToContainTextAsync("👍");
        await sessions.Locator("button", new() { HasTextString = "Rate" }).First.ClickAsync();
        var dialog = page.Locator(".rz-dialog");
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        var ratings = dialog.Locator(".rz-rating");
        for (var i = 0; i < 3; i++)
        {
            await ratings.Nth(i).GetByRole(AriaRole.Radio, new() { Name = "Rate 4" }).ClickAsync();
        }

        await dialog.Locator("textarea").FillAsync("Quick and kind.");
        await dialog.Locator("button[name=rating-save]").ClickAsync();
        await Assertions.Expect(dialog).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByTestId("figure-supervisor-rating")).ToContainTextAsync("4.0");
        await Assertions.Expect(page.GetByTestId("figure-customer-rating")).ToContainTextAsync("👍 1");

        // The CSV export carries the same figures.
        var href = await page.GetByTestId("stats-export").GetAttributeAsync("href");
        var csv = await page.APIRequest.GetAsync(href!);
        var text = await csv.TextAsync();
        Assert.Contains("ratings_positive,1", text, StringComparison.Ordinal);
        Assert.Contains("supervisor_average,4", text, StringComparison.Ordinal);
    }

    private static async Task PostAsync(HttpClient api, string webhook, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, webhook) { Content = JsonContent.Create(body) };
        request.Headers.Add("X-Loopback-Secret", Secret);
        (await api.SendAsync(request)).EnsureSuccessStatusCode();
    }

    private static async Task<JsonElement> EventuallyAsync(Func<Task<JsonElement>> read)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var value = await read();
            if (value.ValueKind != JsonValueKind.Undefined || DateTime.UtcNow > deadline)
            {
                return value.ValueKind != JsonValueKind.Undefined ? value : throw new TimeoutException("nothing arrived in time");
            }

            await Task.Delay(100);
        }
    }
}
