namespace OpenChannels.Portal.Connections;

/// <summary>Where a connection stands with its messenger.</summary>
public enum ConnectionStatus
{
    /// <summary>Saved, not activated yet (or deactivated).</summary>
    Inactive,

    /// <summary>Activated: the messenger delivers to the webhook.</summary>
    Active,

    /// <summary>Activation failed; see the status message.</summary>
    Error,
}
