namespace OpenChannels.Portal.Crm;

/// <summary>A reply given to a page comment, and whether the platform took it.</summary>
public sealed record CommentReplyView(long Id, string Text, bool Private, string? AuthorUserId, DateTimeOffset CreatedAt, CommentReplyStatus Status, string? ExternalId, string? Error)
{
    public static CommentReplyView From(PageCommentReply r) => new(r.Id, r.Text, r.Private, r.AuthorUserId, r.CreatedAt, r.Status, r.ExternalId, r.Error);
}
