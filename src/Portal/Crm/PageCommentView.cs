namespace OpenChannels.Portal.Crm;

/// <summary>A page comment as the CRM page and <c>GET /api/v1/comments</c> show it, with the replies given from the portal.</summary>
public sealed record PageCommentView(
    Guid Id,
    Guid ConnectionId,
    string PostId,
    string CommentId,
    string? ParentId,
    string? Permalink,
    string AuthorExternalId,
    string AuthorName,
    string Text,
    DateTimeOffset CreatedAt,
    DateTimeOffset? EditedAt,
    DateTimeOffset? DeletedAt,
    PageCommentStatus Status,
    IReadOnlyList<CommentReplyView> Replies,
    Guid? LeadId = null,
    Guid? ContactId = null,
    DateTimeOffset? HandledAt = null)
{
    /// <summary>The author's CRM record page, when they have one.</summary>
    public string? CrmUrl => ContactId is { } c ? $"/crm/contacts/{c}" : LeadId is { } l ? $"/crm/leads/{l}" : null;

    public static PageCommentView From(PageComment c, CommentAuthorLink? author = null, PageCommentHandled? handled = null) => new(
        c.Id, c.ConnectionId, c.PostId, c.CommentId, c.ParentId, c.Permalink, c.AuthorExternalId, c.AuthorName, c.Text, c.CreatedAt, c.EditedAt, c.DeletedAt,
        c.DeletedAt is not null ? PageCommentStatus.Deleted
            : handled is not null ? PageCommentStatus.Handled
            : c.RepliedAt is not null ? PageCommentStatus.Replied : PageCommentStatus.New,
        c.Replies.OrderBy(r => r.Id).Select(CommentReplyView.From).ToList(),
        author?.LeadId, author?.ContactId, handled?.HandledAt);
}
