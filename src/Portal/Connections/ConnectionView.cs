namespace OpenChannels.Portal.Connections;

/// <summary>A connection as the UI and API show it. Secret settings are masked; they are never sent back out.</summary>
public sealed record ConnectionView(
    Guid Id,
    Guid ChannelId,
    string Connector,
    string Name,
    ConnectionStatus Status,
    string? StatusMessage,
    Uri WebhookUrl,
    IReadOnlyDictionary<string, string> Settings,
    DateTimeOffset CreatedAt);
