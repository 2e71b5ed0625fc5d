using Microsoft.AspNetCore.DataProtection;
using OpenChannels.Portal.Connections;
using OpenChannels.Portal.Data;
using OpenChannels.Portal.Health;
using OpenChannels.Portal.Hosting;
using OpenChannels.Portal.Plugins;

namespace OpenChannels.Portal.Cluster;

/// <summary>
/// What changes when the portal runs as several nodes on PostgreSQL: events cross nodes over LISTEN/NOTIFY, the Data Protection
/// key ring and the plugin set live in the database, and readiness includes cluster membership. On SQLite (one node) the keys stay
/// in the data directory and events stay in the process.
/// </summary>
public static class ClusterServiceCollectionExtensions
{
    public static IServiceCollection AddCluster(this IServiceCollection services, PortalOptions options)
    {
        var dataProtection = services.AddDataProtection().SetApplicationName("OpenChannels");
        if (options.Database == DatabaseProvider.Sqlite)
        {
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(options.KeysDirectory));
            services.AddSingleton<IClusterBus, LocalClusterBus>();
            services.AddSingleton<IPluginDistribution, LocalPluginDistribution>();
            return services;
        }

        dataProtection.PersistKeysToDbContext<AppDbContext>();
        services.AddHostedService<SharedKeyRing>();
        services.AddSingleton(sp => new PostgresClusterBus(options.ConnectionString, sp.GetRequiredService<ILogger<PostgresClusterBus>>()));
        services.AddSingleton<IClusterBus>(sp => sp.GetRequiredService<PostgresClusterBus>());
        services.AddHostedService(sp => sp.GetRequiredService<PostgresClusterBus>());
        services.AddSingleton<ClusterPluginDistribution>();
        services.AddSingleton<IPluginDistribution>(sp => sp.GetRequiredService<ClusterPluginDistribution>());
        services.AddHostedService<ClusterPluginSync>();
        services.AddSingleton<ClusterConnectionRelay>();
        services.AddSingleton<IConnectionListener>(sp => sp.GetRequiredService<ClusterConnectionRelay>());
        services.AddHostedService(sp => sp.GetRequiredService<ClusterConnectionRelay>());
        services.AddHealthChecks().AddCheck<ClusterHealthCheck>("cluster", tags: [HealthEndpoints.ReadyTag]);
        return services;
    }
}
