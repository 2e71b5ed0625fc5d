using OpenChannels.Portal.Channels;
using OpenChannels.Portal.Connections;
using OpenChannels.Portal.Conversations;
using OpenChannels.Portal.Crm;
using OpenChannels.Portal.Plugins;

namespace OpenChannels.Portal.Api;

/// <summary>The REST API root: every route under <c>/api/v1</c> needs an API key (<c>Authorization: Bearer ...</c>).</summary>
public static class ApiV1
{
    public const string Policy = "ApiKey";

    public static RouteGroupBuilder MapApiV1(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1").RequireAuthorization(Policy).WithTags("v1");
        api.MapMeApi();
        api.MapPluginsApi();
        api.MapChannelsApi();
        api.MapConnectionsApi();
        api.MapConversationsApi();
        api.MapCommentsApi();
        return api;
    }
}
