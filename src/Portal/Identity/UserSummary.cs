namespace OpenChannels.Portal.Identity;

/// <summary>A user as the administration screens show them.</summary>
public sealed record UserSummary(string Id, string Email, string DisplayName, string Role, bool IsDisabled, bool IsLockedOut);
