namespace OpenChannels.Portal.Conversations;

/// <summary>What the chat screen shows beside the history: the conversation, its client, its sessions and who holds it.</summary>
public sealed record ConversationDetails(
    ConversationSummary Summary,
    string ChannelName,
    string? ConnectorId,
    ClientDetails Client,
    IReadOnlyList<SessionInfo> Sessions,
    string? AssigneeName);
