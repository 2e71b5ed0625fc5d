namespace OpenChannels.Abstractions.Inbound;

/// <summary>The client can or can no longer be reached, for example after blocking the bot or unsubscribing.</summary>
/// <param name="ChatId">The messenger's chat id.</param>
/// <param name="UserId">The client's id.</param>
/// <param name="Reachable">Whether messages can be sent now.</param>
/// <param name="Reason">Why, for the agent.</param>
public sealed record ClientReachabilityChanged(string ChatId, string UserId, bool Reachable, string Reason) : ConnectorEvent(ChatId);
