namespace OpenChannels.Portal.Identity;

/// <summary>How a sign-in attempt ended.</summary>
public enum LoginOutcome
{
    Succeeded,
    Invalid,
    LockedOut,
    Disabled,
}
