namespace OpenChannels.Portal.Plugins;

/// <summary>Where a plugin stands; shown to administrators with the reason.</summary>
public enum PluginStatus
{
    /// <summary>Loaded and receiving calls.</summary>
    Active,

    /// <summary>Turned off by an administrator; its files stay in place.</summary>
    Disabled,

    /// <summary>Refused before activation: incompatible contract version or a bad manifest.</summary>
    NotSupported,

    /// <summary>Failed to load or tripped the breaker; calls are not routed to it.</summary>
    Faulted,
}
