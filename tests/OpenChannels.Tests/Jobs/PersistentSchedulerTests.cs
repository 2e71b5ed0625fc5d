using System.Net.Http.Headers;
using OpenChannels.Portal.Tests.Infrastructure;
using Quartz;

namespace OpenChannels.Portal.Tests.Jobs;

public sealed class PersistentSchedulerTests
{
    private const string Key = "oc_restart_test_key_0123456789abcd";

    [Fact]
    public async Task Restart_JobDueWhileDown_RunsOnceAfterRestart_AndUsersAndKeysSurvive()
    {
        var data = PortalFactory.NewDataDirectory();
        var marker = Path.Combine(data, "job-ran.txt");
        var settings = new Dictionary<string, string?>
        {
            ["OPENCHANNELS_ADMIN_EMAIL"] = "ops@example.com",
            ["OPENCHANNELS_ADMIN_PASSWORD"] = TestAccounts.Password,
        };
        using (var first = new PortalFactory(data, settings, keepData: true))
        {
            _ = first.Server;
            var scheduler = await first.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
            var job = JobBuilder.Create<AppendLineJob>().WithIdentity("restart-probe").UsingJobData("path", marker).Build();
            var trigger = TriggerBuilder.Create().StartAt(DateTimeOffset.UtcNow.AddSeconds(2)).Build();
            await scheduler.ScheduleJob(job, trigger);
            var admin = (await first.Services.GetRequiredService<OpenChannels.Portal.Identity.UserAdminService>().ListAsync(CancellationToken.None)).Single();
            await first.Services.GetRequiredService<OpenChannels.Portal.ApiKeys.ApiKeyService>().RegisterAsync("restart", admin.Id, Key, CancellationToken.None);
        }

        Assert.False(File.Exists(marker), "the job must not have run before its time");
        await Task.Delay(TimeSpan.FromSeconds(3));

        using (var second = new PortalFactory(data, keepData: true))
        {
            using var client = second.CreateClient();
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (!File.Exists(marker) && DateTime.UtcNow < deadline)
            {
                await Task.Delay(200);
            }

            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);
            Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/api/v1/me")).StatusCode);
            var login = await LoginForm.SubmitAsync(second.CreateClient(new() { AllowAutoRedirect = false }), "ops@example.com", TestAccounts.Password);
            Assert.Equal(System.Net.HttpStatusCode.Redirect, login.StatusCode);
        }

        Assert.Single(await File.ReadAllLinesAsync(marker));
        PortalFactory.TryDelete(data);
    }

    /// <summary>A job of the test's own, so the test sees exactly when and how often the store fires it.</summary>
    public sealed class AppendLineJob : IJob
    {
        public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
            await File.AppendAllTextAsync(context.MergedJobDataMap.GetString("path")!, DateTimeOffset.UtcNow.ToString("O") + Environment.NewLine, cancellationToken);
    }
}
