namespace OpenChannels.Portal.Widget;

/// <summary>The web chat widget's host services: <c>services.AddWidget(configuration)</c>.</summary>
public static class WidgetServiceCollectionExtensions
{
    public static IServiceCollection AddWidget(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(WidgetOptions.FromConfiguration(configuration));
        services.AddSingleton<WidgetHub>();
        services.AddSingleton<WidgetSites>();
        services.AddSingleton<WidgetRateLimits>();
        services.AddSingleton<VisitorTokens>();
        services.AddSingleton<WidgetFileLinks>();
        services.AddSingleton<WidgetHistory>();
        services.AddSingleton<WidgetRelay>();
        services.AddSingleton<WidgetStrings>();
        services.AddSingleton<VisitorTypingFeed>();
        services.AddSingleton<AgentTyping>();
        return services;
    }
}
