using OpenChannels.Portal.Channels;
using OpenChannels.Portal.Connections;
using OpenChannels.Portal.Conversations.Jobs;
using OpenChannels.Portal.Notifications;
using OpenChannels.Portal.Observability;
using OpenChannels.Portal.Ratings;

namespace OpenChannels.Portal.Conversations;

/// <summary>Registers channels, connections and the conversation workflow.</summary>
public static class ConversationsServiceCollectionExtensions
{
    public static IServiceCollection AddOpenChannels(this IServiceCollection services)
    {
        services.AddSingleton<PortalMetrics>();
        services.AddSingleton<ChannelService>();
        services.AddSingleton<ConnectionSettingsProtector>();
        services.AddSingleton<ConnectionContextFactory>();
        services.AddSingleton<TrustedHosts>();
        services.AddSingleton<IConnectionListener>(sp => sp.GetRequiredService<TrustedHosts>());
        services.AddHostedService(sp => sp.GetRequiredService<TrustedHosts>());
        services.AddSingleton<ConnectionService>();
        services.AddSingleton<ConversationFeed>();
        services.AddSingleton<NotificationFeed>();
        services.AddSingleton<NotificationService>();
        services.AddSingleton<SupervisorRatingService>();
        services.AddSingleton<SessionQueries>();
        services.AddSingleton<OpenChannels.Portal.Statistics.StatisticsService>();
        services.AddSingleton<AttachmentStore>();
        services.AddSingleton<ClientTexts>();
        services.AddSingleton<CustomerRatingService>();
        services.AddSingleton<IngestService>();
        services.AddSingleton<ConversationMutation>();
        services.AddSingleton<ConversationJobs>();
        services.AddSingleton<RoutingService>();
        services.AddSingleton<OutboundSender>();
        services.AddSingleton<AutoReplyService>();
        services.AddSingleton<ConversationActions>();
        services.AddSingleton<SessionCloser>();
        services.AddHostedService<InactivityCloseTimer>();
        services.AddSingleton<MessageService>();
        services.AddSingleton<ConversationQueries>();
        services.AddSingleton<TranscriptWriter>();
        services.AddSingleton<ConversationOperations>();
        services.AddSingleton<RoutingQueue>();
        services.AddSingleton<IngestCommitter>();
        services.AddHostedService(sp => sp.GetRequiredService<IngestCommitter>());
        services.AddHostedService<RoutingWorker>();
        services.AddHostedService<OutboundRecovery>();
        return services;
    }
}
