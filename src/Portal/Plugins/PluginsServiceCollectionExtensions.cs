using OpenChannels.Portal.Plugins.Packages;

namespace OpenChannels.Portal.Plugins;

/// <summary>Registers the plugin host.</summary>
public static class PluginsServiceCollectionExtensions
{
    public static IServiceCollection AddPluginHost(this IServiceCollection services)
    {
        services.AddSingleton(sp => PluginHostOptions.FromConfiguration(sp.GetRequiredService<IConfiguration>()));
        services.AddSingleton<PluginStateStore>();
        services.AddSingleton<PluginRegistry>();
        services.AddSingleton<ConnectorGateway>();
        services.AddSingleton<PluginPackageInstaller>();
        services.AddHostedService<PluginHostService>();
        return services;
    }
}
