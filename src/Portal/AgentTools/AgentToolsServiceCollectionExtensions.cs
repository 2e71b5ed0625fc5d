using OpenChannels.Portal.Calendar;
using OpenChannels.Portal.CannedResponses;
using OpenChannels.Portal.InternalChats;
using OpenChannels.Portal.Tasks;
using OpenChannels.Portal.Uploads;

namespace OpenChannels.Portal.AgentTools;

/// <summary>Registers the agents' tools (canned responses, uploads, tasks, calendar, internal chats...).</summary>
public static class AgentToolsServiceCollectionExtensions
{
    public static IServiceCollection AddAgentTools(this IServiceCollection services)
    {
        services.AddSingleton<CannedResponseService>();
        services.AddScoped<CannedResponseEditor>();
        services.AddScoped<MessageTools>();
        services.AddSingleton<UploadLimits>();
        services.AddSingleton<ReplyUploadService>();
        services.AddSingleton<TaskService>();
        services.AddScoped<TaskEditor>();
        services.AddSingleton<CalendarService>();
        services.AddScoped<CalendarEditor>();
        services.AddSingleton<InternalChatFeed>();
        services.AddSingleton<InternalChatService>();
        services.AddSingleton<Mentions.MentionService>();
        services.AddSingleton<Feed.FeedChanges>();
        services.AddSingleton<Feed.FeedService>();
        services.AddSingleton<Drive.DriveService>();
        services.AddSingleton<Bots.BotCatalog>();
        services.AddSingleton<Bots.BotQueue>();
        services.AddSingleton<Bots.BotService>();
        services.AddSingleton<Bots.BotSettingsProtector>();
        services.AddSingleton<Bots.ChannelBotService>();
        services.AddSingleton<Sales.SalesService>();
        services.AddHostedService<Bots.BotWorker>();
        return services;
    }
}
