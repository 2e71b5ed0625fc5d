namespace OpenChannels.Abstractions.Inbound;

/// <summary>Delivery or read receipt for outgoing messages.</summary>
/// <param name="ChatId">The messenger's chat id.</param>
/// <param name="State">The new state.</param>
/// <param name="MessageIds">The messages it concerns; empty with a <paramref name="Watermark"/> means "everything sent before".</param>
/// <param name="Watermark">Every message sent up to this moment is covered.</param>
public sealed record DeliveryStatusChanged(string ChatId, DeliveryState State, IReadOnlyList<string> MessageIds, DateTimeOffset? Watermark = null)
    : ConnectorEvent(ChatId)
{
    /// <summary>For <see cref="DeliveryState.Failed"/>, the messenger's reason.</summary>
    public string? Reason { get; init; }
}
