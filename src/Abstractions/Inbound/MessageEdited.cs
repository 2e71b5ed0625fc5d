namespace OpenChannels.Abstractions.Inbound;

/// <summary>The client edited a message; the host keeps the earlier text in the history.</summary>
/// <param name="ChatId">The messenger's chat id.</param>
/// <param name="MessageId">The edited message's id.</param>
/// <param name="NewText">The text after the edit.</param>
/// <param name="Date">When it was edited.</param>
public sealed record MessageEdited(string ChatId, string MessageId, string? NewText, DateTimeOffset Date) : ConnectorEvent(ChatId);
