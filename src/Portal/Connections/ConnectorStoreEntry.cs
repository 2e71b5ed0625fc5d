namespace OpenChannels.Portal.Connections;

/// <summary>One key of a connection's private key-value store (<see cref="OpenChannels.Abstractions.Hosting.IConnectorStore"/>).</summary>
public sealed class ConnectorStoreEntry
{
    public Guid ConnectionId { get; set; }

    public required string Key { get; set; }

    public required string Value { get; set; }
}
