namespace OpenChannels.Abstractions.Bots;

/// <summary>What a bot sees of the session it holds.</summary>
/// <param name="SessionId">The session, stable across calls.</param>
/// <param name="ClientName">The client's display name.</param>
/// <param name="Turns">The session's messages so far, oldest first, ending with the client's latest.</param>
/// <param name="Settings">The bot's settings for this channel, as the administrator entered them.</param>
public sealed record BotSession(Guid SessionId, string ClientName, IReadOnlyList<BotTurn> Turns, IReadOnlyDictionary<string, string> Settings);
