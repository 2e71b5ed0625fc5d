namespace OpenChannels.Portal.Plugins;

/// <summary>How a call into a plugin ended, from the host's side.</summary>
public enum ConnectorCallStatus
{
    /// <summary>The plugin returned a value.</summary>
    Completed,

    /// <summary>The plugin is not installed, disabled, refused or faulted; nothing was called.</summary>
    Unavailable,

    /// <summary>The plugin did not answer within its timeout; the call was cancelled.</summary>
    TimedOut,

    /// <summary>The plugin threw.</summary>
    Failed,
}
