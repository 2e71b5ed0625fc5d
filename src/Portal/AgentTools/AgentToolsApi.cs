using OpenChannels.Portal.CannedResponses;
using OpenChannels.Portal.Uploads;

namespace OpenChannels.Portal.AgentTools;

/// <summary>The agents' tools under <c>/api/v1</c>.</summary>
public static class AgentToolsApi
{
    public static RouteGroupBuilder MapAgentToolsApi(this RouteGroupBuilder api)
    {
        api.MapCannedResponsesApi();
        api.MapUploadsApi();
        return api;
    }
}
