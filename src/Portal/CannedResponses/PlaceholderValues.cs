namespace OpenChannels.Portal.CannedResponses;

/// <summary>The values a conversation gives the placeholders.</summary>
public sealed record PlaceholderValues(string? ClientName, string? AgentName, string? ChannelName);
