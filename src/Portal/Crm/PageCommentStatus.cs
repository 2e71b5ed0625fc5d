namespace OpenChannels.Portal.Crm;

/// <summary>Where a page comment stands for the team.</summary>
public enum PageCommentStatus
{
    /// <summary>Nobody answered it from the portal yet.</summary>
    New,

    /// <summary>An employee's reply reached the platform.</summary>
    Replied,

    /// <summary>Removed on the platform.</summary>
    Deleted,

    /// <summary>An employee marked it handled: nothing more to do.</summary>
    Handled,
}
