namespace OpenChannels.Portal.Connections.Polling;

/// <summary>Where one connection's import stands, as the CRM's import panel shows it.</summary>
public sealed record PollStatusView(
    Guid ConnectionId,
    string ConnectionName,
    string Connector,
    DateTimeOffset? LastRunAt,
    DateTimeOffset? LastSuccessAt,
    long ImportedCount,
    string? LastError,
    bool Running);
