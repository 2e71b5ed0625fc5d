namespace OpenChannels.Abstractions.Inbound;

/// <summary>The client deleted (unsent) a message; the host marks it deleted.</summary>
/// <param name="ChatId">The messenger's chat id.</param>
/// <param name="MessageId">The deleted message's id.</param>
public sealed record MessageDeleted(string ChatId, string MessageId) : ConnectorEvent(ChatId);
