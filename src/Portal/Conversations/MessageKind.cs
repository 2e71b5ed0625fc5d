namespace OpenChannels.Portal.Conversations;

/// <summary>Who a message is from, and whether the client can see it.</summary>
public enum MessageKind
{
    /// <summary>From the client, through the connector.</summary>
    Client,

    /// <summary>From an employee, sent to the client.</summary>
    Agent,

    /// <summary>An automatic reply (welcome, off-hours, closing), sent to the client.</summary>
    Auto,

    /// <summary>An internal note between employees; never sent.</summary>
    Whisper,

    /// <summary>A history line (assigned, transferred, closed...), never sent.</summary>
    System,
}
