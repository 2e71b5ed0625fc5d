using OpenChannels.Portal.Hosting;

namespace OpenChannels.Portal.Jobs;

/// <summary>Where the job store lives: its own SQLite file in the data directory, or the portal's PostgreSQL database.</summary>
public static class QuartzSchema
{
    public static string ConnectionString(PortalOptions options) => options.Database == DatabaseProvider.Sqlite
        ? $"Data Source={Path.Combine(options.DataDirectory, "jobs.db")};Pooling=True"
        : options.ConnectionString;
}
