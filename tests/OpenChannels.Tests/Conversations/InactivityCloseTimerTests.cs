using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Conversations;
using OpenChannels.Portal.Conversations.Jobs;
using OpenChannels.Portal.Tests.Infrastructure;
using Quartz;

namespace OpenChannels.Portal.Tests.Conversations;

/// <summary>The auto-close timer closes idle conversations on its own, with the once-a-minute job paused.</summary>
public sealed class InactivityCloseTimerTests
{
    [Fact]
    public async Task Timer_IdleConversationFallsDue_ClosesItWithoutTheMinuteJob_AndLeavesTheActiveOneOpen()
    {
        await using var desk = await Desk.StartAsync(new() { Name = "Support", AutoCloseMinutes = 1 });
        var scheduler = await desk.Portal.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.PauseJob(InactivityCloseJob.Key);
        (await desk.ClientWritesAsync("hi", "m-1", chatId: "idle", userId: "u-1")).EnsureSuccessStatusCode();
        (await desk.ClientWritesAsync("hi", "m-2", chatId: "active", userId: "u-2")).EnsureSuccessStatusCode();
        await using (var db = desk.Db())
        {
            // Due a few seconds from now; the other one stays a minute away.
            await db.Conversations.Where(c => c.ExternalChatId == "idle")
                .ExecuteUpdateAsync(u => u.SetProperty(c => c.LastMessageAt, DateTimeOffset.UtcNow.AddMinutes(-1).AddSeconds(3)));
        }

        await Desk.EventuallyAsync(async () =>
        {
            await using var db = desk.Db();
            return await db.Conversations.AnyAsync(c => c.ExternalChatId == "idle" && c.Status == ConversationStatus.Closed);
        }, "the idle conversation is closed by the timer", seconds: 45);

        await using var check = desk.Db();
        Assert.NotEqual(ConversationStatus.Closed, (await check.Conversations.SingleAsync(c => c.ExternalChatId == "active")).Status);
        Assert.Equal(SessionEndReason.AutoClosed, (await check.Sessions.SingleAsync(s => s.EndedAt != null)).EndReason);
    }
}
