namespace OpenChannels.Portal.Connections;

/// <summary>One account on one messenger (a bot, a page, a widget), attached to a channel and served by a connector plugin.</summary>
public sealed class Connection
{
    public Guid Id { get; set; }

    public Guid ChannelId { get; set; }

    /// <summary>The plugin id, e.g. <c>telegram</c>.</summary>
    public required string ConnectorId { get; set; }

    public string Name { get; set; } = "";

    /// <summary>The settings as JSON, encrypted with Data Protection (they hold tokens and secrets).</summary>
    public required string ProtectedSettings { get; set; }

    public ConnectionStatus Status { get; set; }

    public string? StatusMessage { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
