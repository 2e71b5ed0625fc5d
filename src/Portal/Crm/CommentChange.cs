namespace OpenChannels.Portal.Crm;

/// <summary>One page comment changed; screens of employees who see <see cref="ChannelId"/> reload it.</summary>
public sealed record CommentChange(Guid CommentId, Guid ConnectionId, Guid ChannelId);
