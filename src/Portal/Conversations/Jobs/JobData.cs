using System.Globalization;
using Quartz;

namespace OpenChannels.Portal.Conversations.Jobs;

/// <summary>Reads a job's data; a job whose data is unreadable is logged and dropped rather than retried forever.</summary>
internal static class JobData
{
    public static Guid? Guid(IJobExecutionContext context, string key) =>
        System.Guid.TryParse(context.MergedJobDataMap.GetString(key), out var id) ? id : null;

    public static long? Long(IJobExecutionContext context, string key) =>
        long.TryParse(context.MergedJobDataMap.GetString(key), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    public static TimeSpan Lag(IJobExecutionContext context) =>
        context.ScheduledFireTimeUtc is { } due ? DateTimeOffset.UtcNow - due : TimeSpan.Zero;
}
