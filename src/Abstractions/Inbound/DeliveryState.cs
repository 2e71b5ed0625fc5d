namespace OpenChannels.Abstractions.Inbound;

/// <summary>What happened to an outgoing message on the messenger.</summary>
public enum DeliveryState
{
    /// <summary>Reached the client's device.</summary>
    Delivered,

    /// <summary>Seen by the client.</summary>
    Read,

    /// <summary>The messenger gave up on it.</summary>
    Failed,
}
