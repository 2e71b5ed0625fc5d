namespace OpenChannels.Portal.Plugins;

/// <summary>Registers the plugin host.</summary>
public static class PluginsServiceCollectionExtensions
{
    public static IServiceCollection AddPluginHost(this IServiceCollection services)
    {
        services.AddSingleton<PluginStateStore>();
        services.AddSingleton<PluginRegistry>();
        services.AddSingleton<ConnectorGateway>();
        services.AddHostedService<PluginHostService>();
        return services;
    }
}
