using OpenChannels.Portal.CannedResponses;

namespace OpenChannels.Portal.AgentTools;

/// <summary>Registers the agents' tools (canned responses, uploads, tasks, calendar, internal chats...).</summary>
public static class AgentToolsServiceCollectionExtensions
{
    public static IServiceCollection AddAgentTools(this IServiceCollection services)
    {
        services.AddSingleton<CannedResponseService>();
        services.AddScoped<CannedResponseEditor>();
        services.AddScoped<MessageTools>();
        return services;
    }
}
