using OpenChannels.Portal.AgentTools;
using OpenChannels.Portal.Channels;
using OpenChannels.Portal.Connections;
using OpenChannels.Portal.Conversations;
using OpenChannels.Portal.Crm;
using OpenChannels.Portal.Diagnostics;
using OpenChannels.Portal.Plugins;
using OpenChannels.Portal.Ratings;
using OpenChannels.Portal.Statistics;

namespace OpenChannels.Portal.Api;

/// <summary>The REST API root: every route under <c>/api/v1</c> needs an API key (<c>Authorization: Bearer ...</c>).</summary>
public static class ApiV1
{
    public const string Policy = "ApiKey";

    /// <summary>Downloads (files, transcripts, CSV) open from the portal's pages and from integrations: a cookie or an API key.</summary>
    public const string CookieOrApiKey = "CookieOrApiKey";

    public static RouteGroupBuilder MapApiV1(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1").RequireAuthorization(Policy).WithTags("v1");
        api.MapMeApi();
        api.MapPluginsApi();
        api.MapChannelsApi();
        api.MapConnectionsApi();
        api.MapConversationsApi();
        api.MapRatingsApi();
        api.MapStatisticsApi();
        api.MapCommentsApi();
        api.MapCrmApi();
        api.MapAgentToolsApi();
        api.MapDiagnosticsApi();
        return api;
    }
}
