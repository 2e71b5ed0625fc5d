using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Calendar;
using OpenChannels.Portal.CannedResponses;
using OpenChannels.Portal.Drive;
using OpenChannels.Portal.Feed;
using OpenChannels.Portal.InternalChats;
using OpenChannels.Portal.Tasks;

namespace OpenChannels.Portal.AgentTools;

/// <summary>Database mapping of every agent tool; <see cref="Tables"/> are the tables schema version 8 creates.</summary>
public static class AgentToolsModel
{
    public static IReadOnlyList<string> Tables { get; } = [.. CannedResponsesModel.Tables, .. TasksModel.Tables, .. CalendarModel.Tables, .. InternalChatsModel.Tables, .. FeedModel.Tables, .. DriveModel.Tables, .. Bots.BotsModel.Tables, .. Sales.SalesModel.Tables];

    public static void Configure(ModelBuilder builder)
    {
        CannedResponsesModel.Configure(builder);
        TasksModel.Configure(builder);
        CalendarModel.Configure(builder);
        InternalChatsModel.Configure(builder);
        FeedModel.Configure(builder);
        DriveModel.Configure(builder);
        Bots.BotsModel.Configure(builder);
        Sales.SalesModel.Configure(builder);
    }
}
