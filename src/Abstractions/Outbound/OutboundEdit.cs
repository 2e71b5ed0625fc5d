namespace OpenChannels.Abstractions.Outbound;

/// <summary>An edit of a message sent earlier.</summary>
/// <param name="ChatId">The messenger's chat id.</param>
/// <param name="MessageId">The messenger's id returned by <see cref="SendResult.Sent"/>.</param>
/// <param name="NewText">The text after the edit.</param>
public sealed record OutboundEdit(string ChatId, string MessageId, string NewText);
