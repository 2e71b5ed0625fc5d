using OpenChannels.Abstractions.Hosting;

namespace OpenChannels.Portal.Plugins;

/// <summary>
/// Builds the small service provider each plugin version gets (its logger, clock and HTTP stack). It is disposed when the
/// version unloads. The plugin never sees the provider: the host hands these services over in <c>ConnectionContext</c>.
/// </summary>
internal static class PluginServices
{
    public static ServiceProvider Create(string pluginId, ILoggerFactory loggerFactory, TimeProvider clock, PluginHostOptions options)
    {
        var services = new ServiceCollection();
        // Instances given here belong to the host and are not disposed with the plugin; PluginHttp is created here, so it is.
        services.AddSingleton(loggerFactory);
        services.AddSingleton(clock);
        services.AddSingleton(loggerFactory.CreateLogger("OpenChannels.Plugins." + pluginId));
        services.AddSingleton<IConnectorHttp>(_ => new PluginHttp(options.HttpTimeout, options.AddressGuard));
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
