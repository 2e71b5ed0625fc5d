using OpenChannels.Portal.Calendar;
using OpenChannels.Portal.CannedResponses;
using OpenChannels.Portal.Drive;
using OpenChannels.Portal.Feed;
using OpenChannels.Portal.InternalChats;
using OpenChannels.Portal.Tasks;
using OpenChannels.Portal.Uploads;

namespace OpenChannels.Portal.AgentTools;

/// <summary>The agents' tools under <c>/api/v1</c>.</summary>
public static class AgentToolsApi
{
    public static RouteGroupBuilder MapAgentToolsApi(this RouteGroupBuilder api)
    {
        api.MapCannedResponsesApi();
        api.MapUploadsApi();
        api.MapTasksApi();
        api.MapCalendarApi();
        api.MapInternalChatsApi();
        api.MapFeedApi();
        api.MapDriveApi();
        Bots.BotsApi.MapBotsApi(api);
        Sales.SalesApi.MapSalesApi(api);
        return api;
    }

    /// <summary>Downloads outside <c>/api/v1</c> that pages link to (cookie or API key).</summary>
    public static IEndpointRouteBuilder MapAgentToolsDownloads(this IEndpointRouteBuilder endpoints) => endpoints.MapCalendarDownload().MapDriveDownload();
}
