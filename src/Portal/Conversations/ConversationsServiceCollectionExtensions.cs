using OpenChannels.Portal.Channels;
using OpenChannels.Portal.Connections;
using OpenChannels.Portal.Conversations.Jobs;
using OpenChannels.Portal.Observability;

namespace OpenChannels.Portal.Conversations;

/// <summary>Registers channels, connections and the conversation workflow.</summary>
public static class ConversationsServiceCollectionExtensions
{
    public static IServiceCollection AddOpenChannels(this IServiceCollection services)
    {
        services.AddHttpClient(ConnectorHttp.ClientName, c => c.Timeout = TimeSpan.FromSeconds(30));
        services.AddSingleton<PortalMetrics>();
        services.AddSingleton<ChannelService>();
        services.AddSingleton<ConnectionSettingsProtector>();
        services.AddSingleton<ConnectorHttp>();
        services.AddSingleton<ConnectionContextFactory>();
        services.AddSingleton<ConnectionService>();
        services.AddSingleton<ConversationFeed>();
        services.AddSingleton<AttachmentStore>();
        services.AddSingleton<IngestService>();
        services.AddSingleton<ConversationMutation>();
        services.AddSingleton<ConversationJobs>();
        services.AddSingleton<RoutingService>();
        services.AddSingleton<OutboundSender>();
        services.AddSingleton<AutoReplyService>();
        services.AddSingleton<ConversationActions>();
        services.AddSingleton<SessionCloser>();
        services.AddSingleton<MessageService>();
        services.AddSingleton<ConversationQueries>();
        services.AddSingleton<ConversationOperations>();
        services.AddSingleton<RoutingQueue>();
        services.AddHostedService<RoutingWorker>();
        return services;
    }
}
