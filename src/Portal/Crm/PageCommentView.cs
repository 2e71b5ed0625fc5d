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
    IReadOnlyList<CommentReplyView> Replies)
{
    public static PageCommentView From(PageComment c) => new(
        c.Id, c.ConnectionId, c.PostId, c.CommentId, c.ParentId, c.Permalink, c.AuthorExternalId, c.AuthorName, c.Text, c.CreatedAt, c.EditedAt, c.DeletedAt,
        c.DeletedAt is not null ? PageCommentStatus.Deleted : c.RepliedAt is not null ? PageCommentStatus.Replied : PageCommentStatus.New,
        c.Replies.OrderBy(r => r.Id).Select(CommentReplyView.From).ToList());
}
