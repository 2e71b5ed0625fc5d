namespace OpenChannels.Abstractions.Outbound;

/// <summary>A deletion of a message sent earlier.</summary>
/// <param name="ChatId">The messenger's chat id.</param>
/// <param name="MessageId">The messenger's id returned by <see cref="SendResult.Sent"/>.</param>
public sealed record OutboundDelete(string ChatId, string MessageId);
