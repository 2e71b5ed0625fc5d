using OpenChannels.Abstractions.Hosting;

namespace OpenChannels.Abstractions.Outbound;

/// <summary>Optional: a connector that can answer public comments, publicly or privately to the author.</summary>
public interface ICommentConnector
{
    /// <summary>Replies to <see cref="CommentReply.CommentId"/>.</summary>
    ValueTask<SendResult> ReplyToCommentAsync(ConnectionContext connection, CommentReply reply, CancellationToken cancellationToken);
}
