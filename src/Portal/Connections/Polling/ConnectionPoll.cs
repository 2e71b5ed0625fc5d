namespace OpenChannels.Portal.Connections.Polling;

/// <summary>
/// Where the import of one connection stands (connections whose plugin implements
/// <see cref="OpenChannels.Abstractions.Polling.IPollingConnector"/>): the plugin's cursor, saved only after the events it
/// covers are stored, and what the last runs did, for the import status screen.
/// </summary>
public sealed class ConnectionPoll
{
    public Guid ConnectionId { get; set; }

    /// <summary>The plugin's opaque cursor; null before the first run.</summary>
    public string? Cursor { get; set; }

    public DateTimeOffset? LastRunAt { get; set; }

    public DateTimeOffset? LastSuccessAt { get; set; }

    /// <summary>Why the last run failed; null after a success.</summary>
    public string? LastError { get; set; }

    /// <summary>How many comments the import stored that the portal did not have yet, over all runs.</summary>
    public long ImportedCount { get; set; }

    /// <summary>True while a run is under way (left set by a crash until the next run).</summary>
    public bool Running { get; set; }
}
