using Quartz;

namespace OpenChannels.Portal.Conversations.Jobs;

/// <summary>
/// Schedules the persistent jobs of the conversation workflow. Each job has a key derived from what it acts on, so scheduling
/// it twice is harmless, and each job re-checks the database before acting, so a late or repeated firing does nothing wrong.
/// </summary>
public sealed class ConversationJobs(ISchedulerFactory schedulers)
{
    public const string Group = "conversations";

    public Task WelcomeAsync(Guid sessionId, CancellationToken cancellationToken) =>
        ScheduleAsync<WelcomeJob>($"welcome-{sessionId}", DateTimeOffset.UtcNow, cancellationToken, ("session", sessionId.ToString()));

    public Task SkipAsync(Guid sessionId, int assignment, DateTimeOffset at, CancellationToken cancellationToken) =>
        ScheduleAsync<SkipJob>($"skip-{sessionId}-{assignment}", at, cancellationToken, ("session", sessionId.ToString()), ("assignment", assignment.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    public Task PinExpiryAsync(Guid conversationId, DateTimeOffset at, CancellationToken cancellationToken) =>
        ScheduleAsync<PinExpiryJob>($"pin-{conversationId}", at, cancellationToken, ("conversation", conversationId.ToString()));

    public Task RetrySendAsync(long messageId, DateTimeOffset at, CancellationToken cancellationToken) =>
        ScheduleAsync<SendRetryJob>($"send-{messageId}", at, cancellationToken, ("message", messageId.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private async Task ScheduleAsync<TJob>(string key, DateTimeOffset at, CancellationToken cancellationToken, params (string Key, string Value)[] data)
        where TJob : IJob
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var builder = JobBuilder.Create<TJob>().WithIdentity(key, Group).RequestRecovery();
        foreach (var (k, v) in data)
        {
            builder = builder.UsingJobData(k, v);
        }

        // A one-shot trigger's default misfire policy fires it as soon as the scheduler is back: due work runs after a restart.
        var trigger = TriggerBuilder.Create().WithIdentity(key, Group).StartAt(at).Build();

        // Replacing keeps one trigger per key: a re-pin moves the expiry instead of adding a second one.
        await scheduler.ScheduleJob(builder.Build(), [trigger], ScheduleJobOptions.Replacing, cancellationToken);
    }
}
