namespace OpenChannels.Portal.Common;

/// <summary>How a service operation ended; the API maps each to an HTTP status, the UI to a notification.</summary>
public enum OutcomeKind
{
    Ok,

    /// <summary>Missing, or not visible to the actor: the two are deliberately the same, so ids cannot be probed.</summary>
    NotFound,

    /// <summary>The input is wrong; the error says which field and why.</summary>
    Invalid,

    /// <summary>The state does not allow it (already closed, assigned to someone else...).</summary>
    Conflict,

    /// <summary>Visible, but the actor's role does not allow the action.</summary>
    Forbidden,
}
