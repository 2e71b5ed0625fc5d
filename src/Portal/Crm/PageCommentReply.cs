namespace OpenChannels.Portal.Crm;

/// <summary>One answer an employee gave to a page comment, in public or privately, with what the platform made of it.</summary>
public sealed class PageCommentReply
{
    public long Id { get; set; }

    public Guid PageCommentId { get; set; }

    public required string Text { get; set; }

    /// <summary>True for a private reply to the author (Messenger), false for a public reply under the comment.</summary>
    public bool Private { get; set; }

    public string? AuthorUserId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public CommentReplyStatus Status { get; set; }

    /// <summary>The platform's id of the reply, when sent.</summary>
    public string? ExternalId { get; set; }

    /// <summary>Why the platform refused it, for the employee.</summary>
    public string? Error { get; set; }
}
