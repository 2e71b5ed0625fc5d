using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using OpenChannels.E2E.Infrastructure;
using Xunit.Abstractions;

namespace OpenChannels.E2E.AgentTools;

/// <summary>
/// Issue 9 in Chromium, on one portal process: an agent inserts a canned response with '/', drops a file on the reply box that
/// reaches the loopback connector, creates a task and a calendar event from a message and finds both, and starts an internal chat
/// from a message that quotes it.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class AgentToolsStoryTests(BrowserFixture fixture, ITestOutputHelper output)
{
    private const string Email = "tess@example.com";
    private const string Password = "tess-password-e2e";
    private const string Secret = "tools-secret-e2e";
    private const string ClientName = "Carla Client";
    private static readonly TimeSpan Live = TimeSpan.FromSeconds(10);

    [Fact]
    public Task AgentTools_FromTheReplyBoxAndTheMessageMenu_WorkEndToEnd() => StoryPortal.RunAsync(Email, Password, output, RunAsync);

    private async Task RunAsync(PortalProcess portal, HttpClient api)
    {
        await using var receiver = new LoopbackReceiver();
        var webhook = await StoryPortal.LoopbackChannelAsync(api, receiver, Secret, new { name = "Support" });
        (await api.PostAsJsonAsync("api/v1/canned-responses", new { shortcut = "thanks", text = "Thank you, {client.name}! {agent.name}", shared = true })).EnsureSuccessStatusCode();
        await ClientWritesAsync(api, webhook, "c1", "My order 4711 arrived broken");
        var conversationId = await EventuallyAsync(async () =>
            (await api.GetFromJsonAsync<JsonElement>("api/v1/conversations")).EnumerateArray().Select(c => c.GetProperty("id").GetString()).FirstOrDefault());

        var page = await fixture.NewPageAsync(portal);
        await BrowserFixture.SignInAsync(page, Email, Password);
        await page.GotoAsync($"/chat/{conversationId}");
        await BrowserFixture.WaitInteractiveAsync(page);
        var chat = page.GetByTestId("chat");
        await Assertions.Expect(chat.GetByTestId("history")).ToContainTextAsync("My order 4711 arrived broken");

        // Canned response: '/' and the shortcut's start suggest it; a click inserts it with the placeholders filled.
        var box = page.Locator("textarea[name=reply]");
        await box.PressSequentiallyAsync("/tha");
        var option = page.GetByTestId("canned-suggestions").GetByTestId("canned-option").Filter(new() { HasTextString = "/thanks" });
        await option.ClickAsync();
        await Assertions.Expect(box).ToHaveValueAsync("Thank you, Carla Client! Administrator");
        await box.PressAsync("Enter");
        Assert.True(await receiver.WaitForTextAsync("Thank you, Carla Client! Administrator", Live), "the canned response never reached the connector");

        // A file dropped on the reply box is uploaded, shown as pending, and goes out with the reply through the connector.
        await page.GetByTestId("reply-box").EvaluateAsync("""
            zone => {
              const transfer = new DataTransfer();
              transfer.items.add(new File(['line one\nline two\n'], 'notes.txt', { type: 'text/plain' }));
              zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
            }
            """);
        await Assertions.Expect(page.GetByTestId("pending-file")).ToContainTextAsync("notes.txt");
        await box.FillAsync("See the notes");
        await box.PressAsync("Enter");
        Assert.True(await receiver.WaitForTextAsync("See the notes", Live), "the reply with the file never reached the connector");
        var sent = receiver.Received.Single(e => e.GetProperty("text").GetString() == "See the notes").GetProperty("files");
        Assert.Equal(("notes.txt", 18), (sent[0].GetProperty("name").GetString(), sent[0].GetProperty("size").GetInt32()));
        await Assertions.Expect(chat.Locator("[data-kind=agent]").Filter(new() { HasTextString = "See the notes" })).ToContainTextAsync("notes.txt");
        await Assertions.Expect(page.GetByTestId("pending-file")).ToHaveCountAsync(0);

        // A task from the client's message: prefilled from its text, found on the task list, and linking back to the conversation.
        await MessageMenuAsync(page, "My order 4711 arrived broken", "Create a task");
        var taskDialog = page.GetByTestId("task-dialog");
        await Assertions.Expect(taskDialog.Locator("input[name=task-title]")).ToHaveValueAsync("My order 4711 arrived broken");
        await taskDialog.Locator("input[name=task-title]").FillAsync("Replace the broken order 4711");
        await taskDialog.GetByTestId("task-save").ClickAsync();
        await Assertions.Expect(taskDialog).ToBeHiddenAsync();

        // A calendar event from the same message, with its text as the description.
        await MessageMenuAsync(page, "My order 4711 arrived broken", "Create a calendar event");
        var eventDialog = page.GetByTestId("event-dialog");
        await Assertions.Expect(eventDialog.Locator("textarea[name=event-description]")).ToHaveValueAsync("My order 4711 arrived broken");
        await eventDialog.Locator("input[name=event-title]").FillAsync("Call Carla about 4711");
        await eventDialog.GetByTestId("event-save").ClickAsync();
        await Assertions.Expect(eventDialog).ToBeHiddenAsync();

        await page.GotoAsync("/tasks");
        await BrowserFixture.WaitInteractiveAsync(page);
        var task = page.GetByTestId("task-list").Locator("tr", new() { HasTextString = "Replace the broken order 4711" });
        await Assertions.Expect(task).ToContainTextAsync("Administrator");
        await task.GetByTestId("task-conversation").ClickAsync();
        await page.WaitForURLAsync($"**/chat/{conversationId}");

        await page.GotoAsync("/calendar");
        await BrowserFixture.WaitInteractiveAsync(page);
        await Assertions.Expect(page.GetByTestId("calendar")).ToContainTextAsync("Call Carla about 4711");
        var row = page.GetByTestId("event-row").Filter(new() { HasTextString = "Call Carla about 4711" });
        var ics = await page.APIRequest.GetAsync((await row.Locator("a[download]").GetAttributeAsync("href"))!);
        var text = await ics.TextAsync();
        Assert.Contains("SUMMARY:Call Carla about 4711", text, StringComparison.Ordinal);
        Assert.Contains("DESCRIPTION:My order 4711 arrived broken", text, StringComparison.Ordinal);

        // An internal chat from the message: a room opens with the message quoted, and colleagues talk there live.
        await page.GotoAsync($"/chat/{conversationId}");
        await BrowserFixture.WaitInteractiveAsync(page);
        await MessageMenuAsync(page, "My order 4711 arrived broken", "Discuss in a new internal chat");
        await page.WaitForURLAsync("**/internal-chats/*");
        var room = page.GetByTestId("internal-chat");
        await Assertions.Expect(room.GetByTestId("internal-chat-quote")).ToContainTextAsync(ClientName + ": My order 4711 arrived broken");
        await Assertions.Expect(room.GetByTestId("internal-chat-members")).ToContainTextAsync("Administrator");
        await room.Locator("input[name=internal-chat-text]").FillAsync("Who can replace it today?");
        await room.GetByTestId("internal-chat-send").ClickAsync();
        await Assertions.Expect(room.GetByTestId("internal-chat-message").Last).ToContainTextAsync("Who can replace it today?");
        await Assertions.Expect(page.GetByTestId("internal-chat-list")).ToContainTextAsync(ClientName + ": My order 4711 arrived broken");
        Assert.DoesNotContain(receiver.Received, e => e.ToString().Contains("replace it today", StringComparison.Ordinal));

        // A mention of a public internal chat from the reply box: the client gets the plain name, the room gets the message quoted.
        (await api.PostAsJsonAsync("api/v1/internal-chats", new { title = "Warehouse", isPublic = true })).EnsureSuccessStatusCode();
        await page.GotoAsync($"/chat/{conversationId}");
        await BrowserFixture.WaitInteractiveAsync(page);
        await box.PressSequentiallyAsync("Our @Ware");
        await page.GetByTestId("mention-suggestions").GetByTestId("mention-option").Filter(new() { HasTextString = "Warehouse" }).ClickAsync();
        await Assertions.Expect(box).ToHaveValueAsync("Our @Warehouse ");
        await box.PressSequentiallyAsync("team ships a new one today");
        await box.PressAsync("Enter");
        Assert.True(await receiver.WaitForTextAsync("Our Warehouse team ships a new one today", Live), "the reply with the mention never reached the connector");
        await page.GotoAsync("/internal-chats");
        await BrowserFixture.WaitInteractiveAsync(page);
        await page.GetByTestId("internal-chat-row").Filter(new() { HasTextString = "Warehouse" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("internal-chat-quote")).ToContainTextAsync("Our Warehouse team ships a new one today");
    }

    private static Task MessageMenuAsync(IPage page, string messageText, string entry) =>
        MessageMenuDriver.ChooseAsync(page, page.GetByTestId("chat").Locator("[data-kind=client]").Filter(new() { HasTextString = messageText }), entry);

    private static async Task ClientWritesAsync(HttpClient api, string webhook, string messageId, string text)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, webhook)
        {
            Content = JsonContent.Create(new { type = "message", chatId = "chat-carla", messageId, userId = "carla", userName = ClientName, text }),
        };
        request.Headers.Add("X-Loopback-Secret", Secret);
        (await api.SendAsync(request)).EnsureSuccessStatusCode();
    }

    private static async Task<T> EventuallyAsync<T>(Func<Task<T?>> read)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            if (await read() is { } value)
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("nothing arrived in time");
            }

            await Task.Delay(100);
        }
    }
}
