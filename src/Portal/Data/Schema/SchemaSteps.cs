using OpenChannels.Portal.Channels;
using OpenChannels.Portal.Cluster;
using OpenChannels.Portal.Connections.Polling;
using OpenChannels.Portal.Conversations;
using OpenChannels.Portal.Ratings;
using OpenChannels.Portal.Crm;

namespace OpenChannels.Portal.Data.Schema;

/// <summary>
/// Every schema version after the first. A new database is created from the current model and stamped with <see cref="Latest"/>;
/// an existing one gets the steps above its version. The model must always equal "version 1 plus every step": a test checks it.
/// </summary>
public static class SchemaSteps
{
    public static IReadOnlyList<SchemaStep> All { get; } =
    [
        new(2, "Users: preferred UI culture", m => m.AddColumn<string>("PreferredCulture", "AspNetUsers", maxLength: 10, nullable: true)),
        SchemaStep.NewTables(3, "Open channels: channels, connections, clients, conversations, sessions, messages", ChannelsModel.Tables, ConversationsModel.Tables, RatingsModel.Tables),
        SchemaStep.NewTables(4, "Page comments with their replies, and the import state of polling connections", CrmModel.Tables, PollingModel.Tables),
        SchemaStep.NewTables(6, "CRM: leads, contacts, companies, deals, activities, client links and custom fields", CrmModel.RecordTables),
        SchemaStep.NewTables(7, "CRM forms, page comment authors linked to CRM records, comments marked handled", CrmModel.FormAndCommentTables),
        SchemaStep.NewTables(8, "Agent tools: canned responses, tasks, calendar events, internal chats, company feed, drive, channel bots, products", AgentTools.AgentToolsModel.Tables),
        SchemaStep.NewTables(10, "Scale-out: Data Protection keys and the plugin set shared by the nodes", ClusterModel.Tables),
        // IF NOT EXISTS: step 3 creates these tables from the current model, which already has the indexes on an upgrade from 1 or 2.
        new(11, "Indexes for idle sweeps: conversations by (ChannelId, Status, LastMessageAt) for auto-close, sessions by (AssignmentNumber, StartedAt) for routing", m =>
        {
            m.Sql("CREATE INDEX IF NOT EXISTS \"IX_Conversations_ChannelId_Status_LastMessageAt\" ON \"Conversations\" (\"ChannelId\", \"Status\", \"LastMessageAt\")");
            m.Sql("CREATE INDEX IF NOT EXISTS \"IX_Sessions_AssignmentNumber_StartedAt\" ON \"Sessions\" (\"AssignmentNumber\", \"StartedAt\")");
        }),
    ];

    public static int Latest => All.Count == 0 ? 1 : All[^1].Version;
}
