namespace OpenChannels.Portal.Channels;

/// <summary>A member of a channel as the form and the API send it; list order is queue order.</summary>
public sealed record ChannelMemberInput(string UserId, bool InQueue = true);
