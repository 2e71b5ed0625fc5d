namespace OpenChannels.Portal.Crm;

/// <summary>Whether a reply to a comment reached the platform.</summary>
public enum CommentReplyStatus
{
    Sent,

    Failed,
}
