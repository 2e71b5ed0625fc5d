namespace OpenChannels.Portal.Channels;

/// <summary>An employee with access to a channel; <see cref="InQueue"/> members are also offered its conversations.</summary>
public sealed class ChannelMember
{
    public Guid ChannelId { get; set; }

    public required string UserId { get; set; }

    public bool InQueue { get; set; } = true;

    /// <summary>Order in the queue, lowest first.</summary>
    public int Position { get; set; }
}
