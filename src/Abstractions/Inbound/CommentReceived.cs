namespace OpenChannels.Abstractions.Inbound;

/// <summary>A public comment, for example on a Facebook page post.</summary>
/// <param name="ChatId">The post id: comments of one post form one thread.</param>
/// <param name="CommentId">The comment's id.</param>
/// <param name="Author">Who wrote it.</param>
/// <param name="Text">The comment text; null when removed.</param>
/// <param name="Date">When it was written.</param>
/// <param name="Verb">add, edited or remove.</param>
public sealed record CommentReceived(string ChatId, string CommentId, ExternalUser Author, string? Text, DateTimeOffset Date, string Verb)
    : ConnectorEvent(ChatId)
{
    /// <summary>The parent comment or post id.</summary>
    public string? ParentId { get; init; }

    /// <summary>A link to the comment on the platform.</summary>
    public string? Permalink { get; init; }
}
