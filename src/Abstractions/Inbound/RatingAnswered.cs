namespace OpenChannels.Abstractions.Inbound;

/// <summary>The client pressed a rating button that the host sent with <see cref="Outbound.OutboundButton"/>.</summary>
/// <param name="ChatId">The messenger's chat id.</param>
/// <param name="Payload">The button's payload, exactly as the host gave it.</param>
/// <param name="EventId">The messenger's id of this answer, used to store it once.</param>
public sealed record RatingAnswered(string ChatId, string Payload, string EventId) : ConnectorEvent(ChatId);
