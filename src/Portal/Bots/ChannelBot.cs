namespace OpenChannels.Portal.Bots;

/// <summary>A bot an administrator enabled for a channel, with its settings (JSON object of strings).</summary>
public sealed class ChannelBot
{
    public Guid ChannelId { get; set; }

    public required string BotId { get; set; }

    public bool Enabled { get; set; }

    public required string Settings { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
