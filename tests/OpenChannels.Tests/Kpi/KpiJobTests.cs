using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Identity;
using OpenChannels.Portal.Kpi;
using OpenChannels.Portal.Tests.Conversations;
using OpenChannels.Portal.Tests.Infrastructure;
using Quartz;

namespace OpenChannels.Portal.Tests.Kpi;

public sealed class KpiJobTests
{
    [Fact]
    public async Task FirstAnswerLate_IsRecordedOnce_AndNotifiesTheAgentAndSupervisors()
    {
        await using var desk = await Desk.StartAsync(new() { Name = "Support", FirstAnswerKpiMinutes = 5 });
        var (anaId, ana) = await desk.EmployeeAsync("ana@example.com");
        var (sueId, _) = await desk.EmployeeAsync("sue@example.com", Roles.Supervisor);
        await desk.SetMembersAsync(anaId);
        (await desk.ClientWritesAsync("hello?", "m-1")).EnsureSuccessStatusCode();
        await ConversationWorkflowTests.WaitForAsync(ana, "unanswered", assigned: true);
        var scheduler = await desk.Portal.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

        await RunKpiJobAsync(desk, scheduler, expectedBreaches: 0);
        await using (var db = desk.Db())
        {
            await db.Messages.ExecuteUpdateAsync(u => u.SetProperty(m => m.CreatedAt, DateTimeOffset.UtcNow.AddMinutes(-6)));
        }

        await RunKpiJobAsync(desk, scheduler, expectedBreaches: 1);
        await RunKpiJobAsync(desk, scheduler, expectedBreaches: 1);

        await using var check = desk.Db();
        var breach = await check.KpiBreaches.SingleAsync();
        Assert.Equal((KpiKind.FirstAnswer, anaId), (breach.Kind, breach.AgentUserId));
        var notified = await check.Notifications.Select(n => n.UserId).ToListAsync();
        Assert.Contains(anaId, notified);
        Assert.Contains(sueId, notified);
        Assert.All(await check.Notifications.ToListAsync(), n => Assert.Equal(KpiJob.FirstAnswerLine, n.Text));
    }

    private static async Task RunKpiJobAsync(Desk desk, IScheduler scheduler, int expectedBreaches)
    {
        var executed = new TaskCompletionSource();
        var listener = new CompletionListener(executed);
        scheduler.ListenerManager.AddJobListener(listener, [Matchers.AllJobs()]);
        await scheduler.TriggerJob(KpiJob.Key);
        await executed.Task.WaitAsync(TimeSpan.FromSeconds(20));
        scheduler.ListenerManager.RemoveJobListener(listener.Name);
        await using var db = desk.Db();
        Assert.Equal(expectedBreaches, await db.KpiBreaches.CountAsync());
    }

    private sealed class CompletionListener(TaskCompletionSource done) : IJobListener
    {
        public string Name { get; } = "kpi-test-" + Guid.NewGuid();

        public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

        public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

        public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
        {
            if (context.JobDetail.Key.Equals(KpiJob.Key))
            {
                done.TrySetResult();
            }

            return ValueTask.CompletedTask;
        }
    }
}
