namespace OpenChannels.Portal.Conversations;

/// <summary>Optional body of <c>POST /api/v1/conversations/{id}/actions/{action}</c>; each action reads the fields it needs.</summary>
public sealed record ActionBody(string? UserId = null, Guid? ChannelId = null, int? Minutes = null, bool WithHistory = true, string? Title = null, long? MessageId = null);
