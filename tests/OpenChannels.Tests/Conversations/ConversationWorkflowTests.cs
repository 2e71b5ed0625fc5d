using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Conversations;
using OpenChannels.Portal.Tests.Infrastructure;

namespace OpenChannels.Portal.Tests.Conversations;

/// <summary>The whole story through the REST API, with the loopback connector and a fake messenger receiving what is sent.</summary>
public sealed class ConversationWorkflowTests
{
    [Fact]
    public async Task Story_AnswerWhisperTransferPinCloseAndReturn_EachStepObservable()
    {
        await using var desk = await Desk.StartAsync(new() { Name = "Support", WelcomeMessage = "Welcome!", ClosingMessage = "Bye!" });
        var (anaId, ana) = await desk.EmployeeAsync("ana@example.com");
        var (bobId, bob) = await desk.EmployeeAsync("bob@example.com");
        await desk.SetMembersAsync(anaId, bobId);

        // 1-2. The client writes a burst; one welcome goes out.
        foreach (var i in Enumerable.Range(1, 5))
        {
            (await desk.ClientWritesAsync($"hello {i}", $"m-{i}")).EnsureSuccessStatusCode();
        }

        await Desk.EventuallyAsync(() => Task.FromResult(desk.Delivered().Count >= 1), "the welcome is delivered");
        var conversation = await WaitForAsync(ana, "unanswered", assigned: true);
        Assert.Equal(anaId, conversation.AssignedUserId);

        // 3-4. Ana answers and replies; the reply reaches the messenger.
        (await ana.PostAsync($"/api/v1/conversations/{conversation.Id}/actions/answer", null)).EnsureSuccessStatusCode();
        var reply = await ana.PostAsJsonAsync($"/api/v1/conversations/{conversation.Id}/messages", new { text = "How can I help?" });
        Assert.Equal(HttpStatusCode.Created, reply.StatusCode);
        var sent = await reply.Content.ReadFromJsonAsync<MessageView>(Desk.Json);
        Assert.Equal(DeliveryStatus.Sent, sent!.Delivery);
        Assert.StartsWith("out-", sent.ExternalId, StringComparison.Ordinal);

        // 5. A whisper is stored, never sent.
        var before = desk.Outbox.Requests.Count;
        (await ana.PostAsJsonAsync($"/api/v1/conversations/{conversation.Id}/messages", new { text = "internal: VIP client", whisper = true })).EnsureSuccessStatusCode();
        Assert.Equal(before, desk.Outbox.Requests.Count);

        // 6. Transfer to Bob, who sees the full history.
        (await ana.PostAsJsonAsync($"/api/v1/conversations/{conversation.Id}/actions/transfer", new { userId = bobId })).EnsureSuccessStatusCode();
        var history = await bob.GetFromJsonAsync<List<MessageView>>($"/api/v1/conversations/{conversation.Id}/messages?limit=200", Desk.Json);
        Assert.Contains(history!, m => m.Text == "hello 1");
        Assert.Contains(history!, m => m.Text == "internal: VIP client" && m.Kind == MessageKind.Whisper);
        Assert.Contains(history!, m => m.Kind == MessageKind.System && m.Text == SystemLine.TransferredToUser && m.Arguments.Contains("bob@example.com"));
        (await bob.PostAsync($"/api/v1/conversations/{conversation.Id}/actions/answer", null)).EnsureSuccessStatusCode();

        // 7. Pin, then close: the closing message goes out.
        (await bob.PostAsJsonAsync($"/api/v1/conversations/{conversation.Id}/actions/pin", new { minutes = 30 })).EnsureSuccessStatusCode();
        var pinned = await bob.GetFromJsonAsync<ConversationSummary>($"/api/v1/conversations/{conversation.Id}", Desk.Json);
        Assert.NotNull(pinned!.PinnedUntil);
        (await bob.PostAsync($"/api/v1/conversations/{conversation.Id}/actions/close", null)).EnsureSuccessStatusCode();
        Assert.Contains(desk.Delivered(), d => d.GetProperty("text").GetString() == "Bye!");
        Assert.Single(desk.Delivered(), d => d.GetProperty("text").GetString() == "Welcome!");

        // 8. The client writes again: same conversation, new session, a new welcome.
        (await desk.ClientWritesAsync("me again", "m-99")).EnsureSuccessStatusCode();
        await using var db = desk.Db();
        Assert.Equal(1, await db.Conversations.CountAsync());
        Assert.Equal(2, await db.Sessions.CountAsync());
        await Desk.EventuallyAsync(() => Task.FromResult(desk.Delivered().Count(d => d.GetProperty("text").GetString() == "Welcome!") == 2), "the second session is welcomed");
    }

    [Fact]
    public async Task Spam_BeforeAnswering_EndsTheSession_AndTheClientCanStillWrite()
    {
        await using var desk = await Desk.StartAsync(new() { Name = "Support", ClosingMessage = "Bye!" });
        (await desk.ClientWritesAsync("buy cheap watches", "m-1")).EnsureSuccessStatusCode();
        var conversation = await WaitForAsync(desk.Api, "unanswered");

        (await desk.Api.PostAsync($"/api/v1/conversations/{conversation.Id}/actions/spam", null)).EnsureSuccessStatusCode();
        (await desk.ClientWritesAsync("hello?", "m-2")).EnsureSuccessStatusCode();

        await using var db = desk.Db();
        var sessions = await db.Sessions.OrderBy(s => s.Number).ToListAsync();
        Assert.Equal(SessionEndReason.Spam, sessions[0].EndReason);
        Assert.Null(sessions[1].EndedAt);
        Assert.DoesNotContain(desk.Delivered(), d => d.GetProperty("text").GetString() == "Bye!");
    }

    [Fact]
    public async Task Answer_HeldByAColleague_Conflicts_TakeOverWorks()
    {
        await using var desk = await Desk.StartAsync();
        var (anaId, ana) = await desk.EmployeeAsync("ana@example.com");
        var (bobId, bob) = await desk.EmployeeAsync("bob@example.com");
        await desk.SetMembersAsync(anaId, bobId);
        (await desk.ClientWritesAsync("hi", "m-1")).EnsureSuccessStatusCode();
        var conversation = await WaitForAsync(ana, "unanswered", assigned: true);
        (await ana.PostAsync($"/api/v1/conversations/{conversation.Id}/actions/answer", null)).EnsureSuccessStatusCode();

        var answer = await bob.PostAsync($"/api/v1/conversations/{conversation.Id}/actions/answer", null);
        var reply = await bob.PostAsJsonAsync($"/api/v1/conversations/{conversation.Id}/messages", new { text = "me too" });
        var takeover = await bob.PostAsync($"/api/v1/conversations/{conversation.Id}/actions/takeover", null);

        Assert.Equal(HttpStatusCode.Conflict, answer.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, reply.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, takeover.StatusCode);
        var now = await bob.GetFromJsonAsync<ConversationSummary>($"/api/v1/conversations/{conversation.Id}", Desk.Json);
        Assert.Equal(bobId, now!.AssignedUserId);
    }

    [Fact]
    public async Task EditAndDelete_PushedToAConnectorThatCanAndMarkedOtherwise()
    {
        await using var desk = await Desk.StartAsync();
        (await desk.ClientWritesAsync("hi", "m-1")).EnsureSuccessStatusCode();
        var conversation = await WaitForAsync(desk.Api, "unanswered");
        var posted = await (await desk.Api.PostAsJsonAsync($"/api/v1/conversations/{conversation.Id}/messages", new { text = "teh answer" })).Content.ReadFromJsonAsync<MessageView>(Desk.Json);

        (await desk.Api.PutAsJsonAsync($"/api/v1/conversations/{conversation.Id}/messages/{posted!.Id}", new { text = "the answer" })).EnsureSuccessStatusCode();
        (await desk.Api.DeleteAsync($"/api/v1/conversations/{conversation.Id}/messages/{posted.Id}")).EnsureSuccessStatusCode();

        var edit = Assert.Single(desk.Delivered("edit"));
        Assert.Equal(posted.ExternalId, edit.GetProperty("messageId").GetString());
        Assert.Equal("the answer", edit.GetProperty("text").GetString());
        Assert.Single(desk.Delivered("delete"));
        await using var db = desk.Db();
        var stored = await db.Messages.SingleAsync(m => m.Id == posted.Id);
        Assert.NotNull(stored.DeletedAt);
        Assert.False(stored.ChangedLocallyOnly);
    }

    [Fact]
    public async Task Send_MessengerSays429_RetryScheduled_ThenSentByTheJob()
    {
        await using var desk = await Desk.StartAsync();
        (await desk.ClientWritesAsync("hi", "m-1")).EnsureSuccessStatusCode();
        var conversation = await WaitForAsync(desk.Api, "unanswered");
        await desk.AutoRepliesDeliveredAsync(conversation.Id);
        desk.OutboxStatus = 429;

        var posted = await (await desk.Api.PostAsJsonAsync($"/api/v1/conversations/{conversation.Id}/messages", new { text = "are you there?" })).Content.ReadFromJsonAsync<MessageView>(Desk.Json);
        desk.OutboxStatus = 200;

        Assert.Equal(DeliveryStatus.RetryScheduled, posted!.Delivery);
        Assert.Contains("429", posted.DeliveryError, StringComparison.Ordinal);
        await Desk.EventuallyAsync(async () =>
        {
            await using var db = desk.Db();
            return await db.Messages.AnyAsync(m => m.Id == posted.Id && m.Delivery == DeliveryStatus.Sent);
        }, "the retry job sends the message");
    }

    [Fact]
    public async Task Invite_WithoutHistory_ColleagueSeesOnlyLaterMessages()
    {
        await using var desk = await Desk.StartAsync();
        var (anaId, ana) = await desk.EmployeeAsync("ana@example.com");
        var (carlaId, carla) = await desk.EmployeeAsync("carla@example.com");
        await desk.SetMembersAsync(anaId);
        (await desk.ClientWritesAsync("my card number is secret", "m-1")).EnsureSuccessStatusCode();
        var conversation = await WaitForAsync(ana, "unanswered", assigned: true);
        Assert.Equal(HttpStatusCode.NotFound, (await carla.GetAsync($"/api/v1/conversations/{conversation.Id}")).StatusCode);

        (await ana.PostAsJsonAsync($"/api/v1/conversations/{conversation.Id}/actions/invite", new { userId = carlaId, withHistory = false })).EnsureSuccessStatusCode();
        (await desk.ClientWritesAsync("second question", "m-2")).EnsureSuccessStatusCode();

        var seen = await carla.GetFromJsonAsync<List<MessageView>>($"/api/v1/conversations/{conversation.Id}/messages", Desk.Json);
        Assert.Contains(seen!, m => m.Text == "second question");
        Assert.DoesNotContain(seen!, m => m.Text == "my card number is secret");
    }

    [Fact]
    public async Task Split_FromAClientMessage_ClosesAndOpensANewSessionWithTheLaterMessages()
    {
        await using var desk = await Desk.StartAsync();
        (await desk.ClientWritesAsync("about my order", "m-1")).EnsureSuccessStatusCode();
        (await desk.ClientWritesAsync("also, a new topic", "m-2")).EnsureSuccessStatusCode();
        var conversation = await WaitForAsync(desk.Api, "unanswered");
        await using var db = desk.Db();
        var second = await db.Messages.SingleAsync(m => m.ExternalId == "m-2");

        (await desk.Api.PostAsJsonAsync($"/api/v1/conversations/{conversation.Id}/actions/split", new { messageId = second.Id })).EnsureSuccessStatusCode();

        await using var check = desk.Db();
        var sessions = await check.Sessions.OrderBy(s => s.Number).ToListAsync();
        Assert.Equal(SessionEndReason.Split, sessions[0].EndReason);
        Assert.Equal(sessions[1].Id, (await check.Messages.SingleAsync(m => m.ExternalId == "m-2")).SessionId);
        Assert.Equal(sessions[0].Id, (await check.Messages.SingleAsync(m => m.ExternalId == "m-1")).SessionId);
    }

    /// <summary>Waits for a conversation in that status; <paramref name="assigned"/> also waits until routing gave it to someone.</summary>
    internal static async Task<ConversationSummary> WaitForAsync(HttpClient api, string status, bool assigned = false)
    {
        ConversationSummary? found = null;
        await Desk.EventuallyAsync(async () =>
        {
            var list = await api.GetFromJsonAsync<List<ConversationSummary>>($"/api/v1/conversations?status={status}", Desk.Json);
            found = list?.FirstOrDefault(c => !assigned || c.AssignedUserId is not null);
            return found is not null;
        }, $"a conversation is {status}");
        return found!;
    }
}
