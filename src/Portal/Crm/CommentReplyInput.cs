namespace OpenChannels.Portal.Crm;

/// <summary>Body of <c>POST /api/v1/comments/{id}/replies</c>: <c>{"text":"...","private":false}</c>.</summary>
/// <param name="Text">The answer.</param>
/// <param name="Private">True to answer the author privately in Messenger instead of under the comment.</param>
public sealed record CommentReplyInput(string? Text, bool Private = false);
