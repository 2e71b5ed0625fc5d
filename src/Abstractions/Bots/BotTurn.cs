namespace OpenChannels.Abstractions.Bots;

/// <summary>One message of the session.</summary>
/// <param name="FromClient">True for the client's messages, false for the bot's (and other automatic) ones.</param>
/// <param name="Text">The text.</param>
/// <param name="At">When it was written.</param>
public sealed record BotTurn(bool FromClient, string Text, DateTimeOffset At);
