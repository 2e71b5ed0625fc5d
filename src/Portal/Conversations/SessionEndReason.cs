namespace OpenChannels.Portal.Conversations;

/// <summary>Why a session ended.</summary>
public enum SessionEndReason
{
    Closed,
    Spam,
    AutoClosed,
    Split,
}
