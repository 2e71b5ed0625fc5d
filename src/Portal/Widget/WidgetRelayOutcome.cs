namespace OpenChannels.Portal.Widget;

/// <summary>What became of a relayed visitor action.</summary>
public enum WidgetRelayOutcome
{
    /// <summary>Stored (or already stored: a repeated delivery).</summary>
    Stored,

    /// <summary>The plugin refused it as malformed; the reason is logged.</summary>
    Refused,

    /// <summary>The plugin or the database could not take it now; the widget tries again.</summary>
    Unavailable,
}
