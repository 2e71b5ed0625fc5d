namespace OpenChannels.Abstractions.Outbound;

/// <summary>An answer to a public comment.</summary>
/// <param name="CommentId">The comment answered.</param>
/// <param name="Text">The answer.</param>
/// <param name="Private">True to answer the author privately instead of in public.</param>
public sealed record CommentReply(string CommentId, string Text, bool Private);
