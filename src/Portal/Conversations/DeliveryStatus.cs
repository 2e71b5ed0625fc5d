namespace OpenChannels.Portal.Conversations;

/// <summary>Where an outgoing message stands with the messenger.</summary>
public enum DeliveryStatus
{
    /// <summary>Not an outgoing message.</summary>
    None,

    Sending,

    Sent,

    /// <summary>The messenger asked to retry later; a job will.</summary>
    RetryScheduled,

    Failed,

    Delivered,

    Read,
}
