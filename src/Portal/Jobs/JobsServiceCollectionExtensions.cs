using Microsoft.Data.Sqlite;
using Npgsql;
using OpenChannels.Portal.Conversations.Jobs;
using OpenChannels.Portal.Hosting;
using OpenChannels.Portal.Kpi;
using Quartz;

namespace OpenChannels.Portal.Jobs;

/// <summary>
/// Hosts Quartz with a persistent ADO store, so that scheduled work survives restarts. Quartz provisions its own tables
/// when missing. On PostgreSQL the store is clustered, so each trigger fires on exactly one node.
/// </summary>
public static class JobsServiceCollectionExtensions
{
    public static IServiceCollection AddPortalJobs(this IServiceCollection services, PortalOptions options)
    {
        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(s =>
            {
                s.InstanceName = "OpenChannels";
                s.GenerateInstanceId = options.Database == DatabaseProvider.Postgres;
            });
            q.AddJob<InactivityCloseJob>(j => j.WithIdentity(InactivityCloseJob.Key).StoreDurably());
            q.AddTrigger(t => t.ForJob(InactivityCloseJob.Key).WithIdentity("inactivity-close", ConversationJobs.Group)
                .StartNow().WithSimpleSchedule(s => s.WithInterval(options.InactivityCheckInterval).RepeatForever()));
            q.AddJob<KpiJob>(j => j.WithIdentity(KpiJob.Key).StoreDurably());
            q.AddTrigger(t => t.ForJob(KpiJob.Key).WithIdentity("kpi", ConversationJobs.Group)
                .StartNow().WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromSeconds(60)).RepeatForever()));
            q.UsePersistentStore(store =>
            {
                store.UseSystemTextJsonSerializer();
                store.ProvisionSchema();
                if (options.Database == DatabaseProvider.Sqlite)
                {
                    store.UseSqlite(SqliteFactory.Instance, JobStoreConnectionString(options));
                }
                else
                {
                    store.UsePostgres(NpgsqlFactory.Instance, JobStoreConnectionString(options));
                    store.UseClustering(c => c.CheckinInterval = TimeSpan.FromSeconds(10));
                }
            });
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }

    /// <summary>The job store: its own SQLite file in the data directory, or the portal's PostgreSQL database.</summary>
    private static string JobStoreConnectionString(PortalOptions options) => options.Database == DatabaseProvider.Sqlite
        ? $"Data Source={Path.Combine(options.DataDirectory, "jobs.db")};Pooling=True"
        : options.ConnectionString;
}
