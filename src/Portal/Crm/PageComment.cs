namespace OpenChannels.Portal.Crm;

/// <summary>
/// A public comment on one of a Page's posts, stored once per (connection, <see cref="CommentId"/>) whether it came by the feed
/// webhook or by the import job. Edits replace the text; a removal on the platform only marks it deleted.
/// </summary>
public sealed class PageComment
{
    public Guid Id { get; set; }

    public Guid ConnectionId { get; set; }

    /// <summary>The post the comment belongs to (the connector's chat id for comments).</summary>
    public required string PostId { get; set; }

    /// <summary>The platform's comment id, unique within the connection.</summary>
    public required string CommentId { get; set; }

    /// <summary>The comment answered, or the post for a top-level comment.</summary>
    public string? ParentId { get; set; }

    public string? Permalink { get; set; }

    public required string AuthorExternalId { get; set; }

    public required string AuthorName { get; set; }

    public string Text { get; set; } = "";

    /// <summary>When the author wrote it, as the platform says.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the portal first stored it.</summary>
    public DateTimeOffset ImportedAt { get; set; }

    public DateTimeOffset? EditedAt { get; set; }

    public DateTimeOffset? DeletedAt { get; set; }

    /// <summary>When an employee's reply last reached the platform.</summary>
    public DateTimeOffset? RepliedAt { get; set; }

    public List<PageCommentReply> Replies { get; set; } = [];
}
