using OpenChannels.Portal.CannedResponses;

namespace OpenChannels.Portal.AgentTools;

/// <summary>The agents' tools under <c>/api/v1</c>.</summary>
public static class AgentToolsApi
{
    public static RouteGroupBuilder MapAgentToolsApi(this RouteGroupBuilder api)
    {
        api.MapCannedResponsesApi();
        return api;
    }
}
