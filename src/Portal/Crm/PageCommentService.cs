using Microsoft.EntityFrameworkCore;
using OpenChannels.Abstractions.Outbound;
using OpenChannels.Portal.Channels;
using OpenChannels.Portal.Common;
using OpenChannels.Portal.Connections;
using OpenChannels.Portal.Data;
using OpenChannels.Portal.Plugins;

namespace OpenChannels.Portal.Crm;

/// <summary>
/// Page comments for the team: the list (an agent sees the comments of connections of their channels only) and replies, public
/// or private, sent through the connector's <see cref="ICommentConnector"/> and logged with the platform's answer.
/// </summary>
public sealed class PageCommentService(
    IDbContextFactory<AppDbContext> factory,
    ConnectorGateway gateway,
    ConnectionContextFactory contexts,
    CommentFeed feed,
    TimeProvider clock)
{
    public const int MaxReplyLength = 8000;
    public const int MaxPage = 500;

    /// <summary>Newest first; <paramref name="connectionId"/> narrows to one connection (not found when the actor may not see it).</summary>
    public async Task<Outcome<IReadOnlyList<PageCommentView>>> ListAsync(Actor actor, Guid? connectionId, int limit, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var visible = await ChannelAccess.VisibleChannelsAsync(db, actor, cancellationToken);
        var comments = db.PageComments.AsNoTracking().Include(c => c.Replies).AsQueryable();
        if (connectionId is { } id)
        {
            var channel = await db.Connections.Where(c => c.Id == id).Select(c => (Guid?)c.ChannelId).FirstOrDefaultAsync(cancellationToken);
            if (channel is null || visible?.Contains(channel.Value) == false)
            {
                return Failure.NotFound("connection not found");
            }

            comments = comments.Where(c => c.ConnectionId == id);
        }

        if (visible is not null)
        {
            comments = comments.Where(c => db.Connections.Any(k => k.Id == c.ConnectionId && visible.Contains(k.ChannelId)));
        }

        var page = await comments.OrderByDescending(c => c.CreatedAt).Take(Math.Clamp(limit, 1, MaxPage)).ToListAsync(cancellationToken);
        return new Outcome<IReadOnlyList<PageCommentView>>(OutcomeKind.Ok, await ViewsAsync(db, page, cancellationToken), null);
    }

    /// <summary>Marks a comment handled (or open again); not found when the actor may not see its connection.</summary>
    public async Task<Outcome<PageCommentView>> MarkHandledAsync(Actor actor, Guid commentId, bool handled, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var comment = await db.PageComments.AsNoTracking().Include(c => c.Replies).FirstOrDefaultAsync(c => c.Id == commentId, cancellationToken);
        var channel = comment is null ? null : await db.Connections.Where(c => c.Id == comment.ConnectionId).Select(c => (Guid?)c.ChannelId).FirstOrDefaultAsync(cancellationToken);
        if (comment is null || (channel is null ? !actor.SeesAllChannels : !await ChannelAccess.CanSeeChannelAsync(db, actor, channel.Value, cancellationToken)))
        {
            return Failure.NotFound("comment not found");
        }

        var mark = await db.PageCommentsHandled.FirstOrDefaultAsync(h => h.PageCommentId == commentId, cancellationToken);
        if (handled && mark is null)
        {
            db.PageCommentsHandled.Add(new PageCommentHandled { PageCommentId = commentId, UserId = actor.UserId, HandledAt = clock.GetUtcNow() });
        }
        else if (!handled && mark is not null)
        {
            db.PageCommentsHandled.Remove(mark);
        }

        await db.SaveChangesAsync(cancellationToken);
        Publish(comment, channel);
        return (await ViewsAsync(db, [comment], cancellationToken))[0];
    }

    private void Publish(PageComment comment, Guid? channelId)
    {
        if (channelId is { } channel)
        {
            feed.Publish(new CommentChange(comment.Id, comment.ConnectionId, channel));
        }
    }

    private static async Task<IReadOnlyList<PageCommentView>> ViewsAsync(AppDbContext db, IReadOnlyList<PageComment> page, CancellationToken cancellationToken)
    {
        var ids = page.Select(c => c.Id).ToList();
        var authors = page.Select(c => c.AuthorExternalId).Distinct().ToList();
        var handled = await db.PageCommentsHandled.AsNoTracking().Where(h => ids.Contains(h.PageCommentId)).ToDictionaryAsync(h => h.PageCommentId, cancellationToken);
        var links = await db.CommentAuthorLinks.AsNoTracking().Where(l => authors.Contains(l.AuthorExternalId)).ToListAsync(cancellationToken);
        return page.Select(c => PageCommentView.From(
            c, links.FirstOrDefault(l => l.ConnectionId == c.ConnectionId && l.AuthorExternalId == c.AuthorExternalId), handled.GetValueOrDefault(c.Id))).ToList();
    }

    /// <summary>Answers a comment through its connector. The reply is logged either way; its status says whether the platform took it.</summary>
    public async Task<Outcome<CommentReplyView>> ReplyAsync(Actor actor, Guid commentId, CommentReplyInput input, CancellationToken cancellationToken)
    {
        var text = input.Text?.Trim() ?? "";
        if (text.Length is 0 or > MaxReplyLength)
        {
            return Failure.Invalid($"A reply needs text, at most {MaxReplyLength} characters.");
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var comment = await db.PageComments.FirstOrDefaultAsync(c => c.Id == commentId, cancellationToken);
        var connection = comment is null ? null : await db.Connections.AsNoTracking().FirstOrDefaultAsync(c => c.Id == comment.ConnectionId, cancellationToken);
        if (comment is null || (connection is null ? !actor.SeesAllChannels : !await ChannelAccess.CanSeeChannelAsync(db, actor, connection.ChannelId, cancellationToken)))
        {
            return Failure.NotFound("comment not found");
        }

        if (connection is null || comment.DeletedAt is not null)
        {
            return Failure.Conflict(connection is null
                ? "The connection this comment came from was removed; it can no longer be answered from here."
                : "The comment was removed on the platform; it can no longer be answered.");
        }

        var result = await SendAsync(connection, new CommentReply(comment.CommentId, text, input.Private), cancellationToken);
        var reply = new PageCommentReply
        {
            PageCommentId = comment.Id,
            Text = text,
            Private = input.Private,
            AuthorUserId = actor.UserId,
            CreatedAt = clock.GetUtcNow(),
            Status = result.Outcome == SendOutcome.Sent ? CommentReplyStatus.Sent : CommentReplyStatus.Failed,
            ExternalId = result.ExternalId,
            Error = result.Outcome switch
            {
                SendOutcome.Sent => null,
                SendOutcome.Retry => Clip($"The platform is busy; try again later ({result.Reason}).", 1000),
                _ => Clip(result.Reason ?? "The platform refused the reply.", 1000),
            },
        };
        comment.RepliedAt = reply.Status == CommentReplyStatus.Sent ? reply.CreatedAt : comment.RepliedAt;
        db.PageCommentReplies.Add(reply);
        await db.SaveChangesAsync(cancellationToken);
        Publish(comment, connection.ChannelId);
        return CommentReplyView.From(reply);
    }

    private async Task<SendResult> SendAsync(Connection connection, CommentReply reply, CancellationToken cancellationToken)
    {
        var call = await gateway.InvokeAsync(connection.ConnectorId, "ReplyToComment", (c, services, ct) => c is ICommentConnector comments
            ? comments.ReplyToCommentAsync(contexts.Create(connection, services), reply, ct).AsTask()
            : Task.FromResult(SendResult.Failed($"The {connection.ConnectorId} connector cannot answer comments.")), cancellationToken);
        return call.IsCompleted ? call.Value! : SendResult.Failed(call.Error ?? "The connector is not available.");
    }

    private static string Clip(string text, int max) => text.Length > max ? text[..max] : text;
}
