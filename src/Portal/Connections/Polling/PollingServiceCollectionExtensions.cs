namespace OpenChannels.Portal.Connections.Polling;

/// <summary>Registers the import of connections whose plugin polls its platform (page comments).</summary>
public static class PollingServiceCollectionExtensions
{
    public static IServiceCollection AddConnectionPolling(this IServiceCollection services)
    {
        services.AddSingleton<PollSchedule>();
        services.AddSingleton<IConnectionListener>(sp => sp.GetRequiredService<PollSchedule>());
        services.AddSingleton<PollRunner>();
        services.AddSingleton<PollingService>();
        services.AddHostedService<PollStartup>();
        return services;
    }
}
