using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Conversations;
using OpenChannels.Portal.Conversations.Jobs;
using OpenChannels.Portal.Tests.Infrastructure;
using Quartz;

namespace OpenChannels.Portal.Tests.Conversations.Jobs;

public sealed class ConversationJobsTests
{
    [Fact]
    public async Task Restart_PinExpiryAndSendRetryDueWhileDown_RunOnceAfterRestart()
    {
        var data = PortalFactory.NewDataDirectory();
        Guid conversationId;
        long messageId;
        Desk first = await Desk.StartAsync(new() { Name = "Support" }, data, keepData: true);
        var outbox = first.Outbox;
        await using (first.Portal)
        {
            (await first.ClientWritesAsync("hi", "m-1")).EnsureSuccessStatusCode();
            conversationId = (await ConversationWorkflowTests.WaitForAsync(first.Api, "unanswered")).Id;
            (await first.Api.PostAsync($"/api/v1/conversations/{conversationId}/actions/answer", null)).EnsureSuccessStatusCode();
            (await first.Api.PostAsJsonAsync($"/api/v1/conversations/{conversationId}/actions/pin", new { minutes = 1 })).EnsureSuccessStatusCode();

            // The messenger is down: the reply is scheduled for a retry.
            await first.AutoRepliesDeliveredAsync(conversationId);
            first.OutboxStatus = 503;
            var posted = await (await first.Api.PostAsJsonAsync($"/api/v1/conversations/{conversationId}/messages", new { text = "still there?" })).Content.ReadFromJsonAsync<MessageView>(Desk.Json);
            messageId = posted!.Id;
            Assert.Equal(DeliveryStatus.RetryScheduled, posted.Delivery);

            // Both jobs become due while the portal is down.
            await using var db = first.Db();
            var scheduler = await first.Portal.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
            Assert.NotNull(await scheduler.GetTrigger(new TriggerKey($"pin-{conversationId}", ConversationJobs.Group)));
            Assert.NotNull(await scheduler.GetTrigger(new TriggerKey($"send-{messageId}", ConversationJobs.Group)));
            await db.Conversations.Where(c => c.Id == conversationId).ExecuteUpdateAsync(u => u.SetProperty(c => c.PinnedUntil, DateTimeOffset.UtcNow.AddSeconds(2)));
            await scheduler.RescheduleJob(new TriggerKey($"pin-{conversationId}", ConversationJobs.Group),
                TriggerBuilder.Create().WithIdentity($"pin-{conversationId}", ConversationJobs.Group).ForJob($"pin-{conversationId}", ConversationJobs.Group).StartAt(DateTimeOffset.UtcNow.AddSeconds(2)).Build());
        }

        first.Api.Dispose();
        await Task.Delay(TimeSpan.FromSeconds(3));
        first.OutboxStatus = 200; // the messenger is back (the fake outbox keeps answering as the first desk says)
        var attemptsWhileDown = outbox.To("/out").Count;

        await using var second = await Desk.StartAsync(dataDirectory: data, keepData: false, outbox: outbox);
        await Desk.EventuallyAsync(async () =>
        {
            await using var db = second.Db();
            return await db.Messages.AnyAsync(m => m.Id == messageId && m.Delivery == DeliveryStatus.Sent)
                   && await db.Conversations.AnyAsync(c => c.Id == conversationId && c.PinnedUntil == null);
        }, "the due jobs run after the restart");
        await Task.Delay(TimeSpan.FromSeconds(2));

        await using var check = second.Db();
        Assert.Equal(1, await check.Messages.CountAsync(m => m.ConversationId == conversationId && m.Text == SystemLine.PinExpired));
        Assert.Equal(attemptsWhileDown + 1, outbox.To("/out").Count);
    }

    [Fact]
    public async Task InactivityClose_IdleConversationsCloseWithTheClosingMessage_PinnedOnesStay()
    {
        await using var desk = await Desk.StartAsync(new() { Name = "Support", AutoCloseMinutes = 30, ClosingMessage = "Closed for inactivity." });
        (await desk.ClientWritesAsync("hi", "m-1", chatId: "idle", userId: "u-1")).EnsureSuccessStatusCode();
        (await desk.ClientWritesAsync("hi", "m-2", chatId: "pinned", userId: "u-2")).EnsureSuccessStatusCode();
        await using (var db = desk.Db())
        {
            var pinned = await db.Conversations.SingleAsync(c => c.ExternalChatId == "pinned");
            await Desk.EventuallyAsync(async () => (await desk.Api.PostAsync($"/api/v1/conversations/{pinned.Id}/actions/pin", null)).IsSuccessStatusCode, "pinned");
            await db.Conversations.ExecuteUpdateAsync(u => u.SetProperty(c => c.LastMessageAt, DateTimeOffset.UtcNow.AddHours(-2)));
        }

        var scheduler = await desk.Portal.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.TriggerJob(InactivityCloseJob.Key);

        await Desk.EventuallyAsync(async () =>
        {
            await using var db = desk.Db();
            return await db.Conversations.AnyAsync(c => c.ExternalChatId == "idle" && c.Status == ConversationStatus.Closed)
                   && await db.Messages.AnyAsync(m => m.Kind == MessageKind.Auto && m.Delivery == DeliveryStatus.Sent);
        }, "the idle conversation is closed and told so");
        await using var check = desk.Db();
        Assert.NotEqual(ConversationStatus.Closed, (await check.Conversations.SingleAsync(c => c.ExternalChatId == "pinned")).Status);
        Assert.Single(desk.Delivered(), d => d.GetProperty("text").GetString() == "Closed for inactivity.");
        Assert.Equal(SessionEndReason.AutoClosed, (await check.Sessions.SingleAsync(s => s.EndedAt != null)).EndReason);
    }

    [Fact]
    public async Task Welcome_JobRunTwice_SendsOnce()
    {
        await using var desk = await Desk.StartAsync(new() { Name = "Support", WelcomeMessage = "Hi there" });
        (await desk.ClientWritesAsync("hi", "m-1")).EnsureSuccessStatusCode();
        await Desk.EventuallyAsync(() => Task.FromResult(desk.Delivered().Count == 1), "the welcome is sent");
        await using var db = desk.Db();
        var session = await db.Sessions.SingleAsync();

        var replies = desk.Portal.Services.GetRequiredService<AutoReplyService>();
        await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => replies.WelcomeAsync(session.Id, CancellationToken.None)));

        Assert.Single(desk.Delivered());
    }
}
