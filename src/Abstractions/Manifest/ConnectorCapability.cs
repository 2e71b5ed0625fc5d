namespace OpenChannels.Abstractions.Manifest;

/// <summary>One thing a messenger can do. Written in <c>plugin.json</c> by name, for example <c>"editOutgoing"</c>.</summary>
public enum ConnectorCapability
{
    /// <summary>Plain text messages both ways.</summary>
    Text,

    /// <summary>Files and images both ways.</summary>
    Files,

    /// <summary>Messages sent by an agent can be edited on the messenger.</summary>
    EditOutgoing,

    /// <summary>Messages sent by an agent can be deleted on the messenger.</summary>
    DeleteOutgoing,

    /// <summary>The messenger reports edits made by the client.</summary>
    IncomingEdits,

    /// <summary>Typing indicators.</summary>
    Typing,

    /// <summary>Delivery and read receipts.</summary>
    ReadReceipts,

    /// <summary>Buttons the client can press to rate a conversation.</summary>
    RatingButtons,

    /// <summary>Public comments (for example on page posts), imported by polling or webhook.</summary>
    Comments,
}
