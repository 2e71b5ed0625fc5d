namespace OpenChannels.Portal.Channels;

/// <summary>A member as the channel form edits it; its place in <see cref="ChannelForm.Members"/> is its queue position.</summary>
public sealed class ChannelMemberRow
{
    public required string UserId { get; init; }

    public bool InQueue { get; set; } = true;
}
