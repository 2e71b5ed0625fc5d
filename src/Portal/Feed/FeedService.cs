using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.AgentTools;
using OpenChannels.Portal.Channels;
using OpenChannels.Portal.Common;
using OpenChannels.Portal.Data;

namespace OpenChannels.Portal.Feed;

/// <summary>
/// The company feed: every employee reads, posts, comments and likes (once per post); a post is deleted by its author or an
/// administrator. "Discuss in the feed" posts with a message quoted, which needs access to that message's conversation.
/// </summary>
public sealed class FeedService(IDbContextFactory<AppDbContext> factory, FeedChanges changes, TimeProvider clock)
{
    public const int MaxText = 4000;
    public const int MaxComment = 2000;

    public async Task<IReadOnlyList<FeedPostView>> ListAsync(Actor actor, int take, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var posts = await db.Set<FeedPost>().AsNoTracking().OrderByDescending(p => p.CreatedAt).Take(Math.Clamp(take, 1, 200)).ToListAsync(cancellationToken);
        var ids = posts.Select(p => p.Id).ToList();
        var comments = await db.Set<FeedComment>().AsNoTracking().Where(c => ids.Contains(c.PostId)).OrderBy(c => c.Id).ToListAsync(cancellationToken);
        var likes = await db.Set<FeedLike>().AsNoTracking().Where(l => ids.Contains(l.PostId)).ToListAsync(cancellationToken);
        var people = posts.Select(p => p.AuthorUserId).Concat(comments.Select(c => c.AuthorUserId)).Distinct().ToList();
        var names = await db.Users.Where(u => people.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        string Name(string id) => names.GetValueOrDefault(id) ?? id;
        return posts.Select(p => new FeedPostView(p.Id, p.AuthorUserId, Name(p.AuthorUserId), p.Text, p.CreatedAt, p.QuotedText, p.QuotedAuthor, p.QuotedConversationId,
            likes.Count(l => l.PostId == p.Id), likes.Any(l => l.PostId == p.Id && l.UserId == actor.UserId), CanDelete(p, actor),
            comments.Where(c => c.PostId == p.Id).Select(c => new FeedCommentView(c.Id, Name(c.AuthorUserId), c.Text, c.CreatedAt)).ToList())).ToList();
    }

    public Task<Outcome<Guid>> PostAsync(Actor actor, FeedText input, CancellationToken cancellationToken) => AddAsync(actor, input.Text, null, cancellationToken);

    /// <summary>A post quoting a conversation's message, with what the employee wants to discuss (optional).</summary>
    public async Task<Outcome<Guid>> PostFromMessageAsync(Actor actor, long messageId, FeedText input, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await MessageSource.FindAsync(db, actor, messageId, cancellationToken) is { } source
            ? await AddAsync(actor, input.Text, source, cancellationToken)
            : Failure.NotFound("message not found");
    }

    public async Task<Outcome<long>> CommentAsync(Actor actor, Guid postId, FeedText input, CancellationToken cancellationToken)
    {
        var text = input.Text?.Trim() ?? "";
        if (actor.IsSystem || text.Length is 0 or > MaxComment)
        {
            return Failure.Invalid($"A comment needs text, at most {MaxComment} characters.");
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (!await db.Set<FeedPost>().AnyAsync(p => p.Id == postId, cancellationToken))
        {
            return Failure.NotFound("post not found");
        }

        var comment = new FeedComment { PostId = postId, AuthorUserId = actor.UserId!, Text = text, CreatedAt = clock.GetUtcNow() };
        db.Add(comment);
        await db.SaveChangesAsync(cancellationToken);
        changes.Publish(postId);
        return comment.Id;
    }

    /// <summary>Likes or unlikes; liking twice counts once.</summary>
    public async Task<Outcome<Done>> LikeAsync(Actor actor, Guid postId, bool like, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (actor.IsSystem || !await db.Set<FeedPost>().AnyAsync(p => p.Id == postId, cancellationToken))
        {
            return Failure.NotFound("post not found");
        }

        var existing = await db.Set<FeedLike>().FirstOrDefaultAsync(l => l.PostId == postId && l.UserId == actor.UserId, cancellationToken);
        if (like && existing is null)
        {
            db.Add(new FeedLike { PostId = postId, UserId = actor.UserId!, CreatedAt = clock.GetUtcNow() });
        }
        else if (!like && existing is not null)
        {
            db.Remove(existing);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two clicks raced: the like is there once, which is what was asked.
        }

        changes.Publish(postId);
        return Done.Value;
    }

    public async Task<Outcome<Done>> DeleteAsync(Actor actor, Guid postId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var post = await db.Set<FeedPost>().FirstOrDefaultAsync(p => p.Id == postId, cancellationToken);
        if (post is null)
        {
            return Failure.NotFound("post not found");
        }

        if (!CanDelete(post, actor))
        {
            return Failure.Forbidden("Only the author or an administrator deletes a post.");
        }

        db.Remove(post);
        await db.SaveChangesAsync(cancellationToken);
        changes.Publish(postId);
        return Done.Value;
    }

    private async Task<Outcome<Guid>> AddAsync(Actor actor, string? input, MessageSource? source, CancellationToken cancellationToken)
    {
        var text = input?.Trim() ?? "";
        if (actor.IsSystem || (text.Length == 0 && source is null) || text.Length > MaxText)
        {
            return Failure.Invalid($"A post needs text, at most {MaxText} characters.");
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var post = new FeedPost
        {
            Id = Guid.NewGuid(),
            AuthorUserId = actor.UserId!,
            Text = text,
            CreatedAt = clock.GetUtcNow(),
            QuotedText = source?.Text is { } quoted && quoted.Length > MaxText ? quoted[..MaxText] : source?.Text,
            QuotedAuthor = source?.AuthorName,
            QuotedConversationId = source?.ConversationId,
        };
        db.Add(post);
        await db.SaveChangesAsync(cancellationToken);
        changes.Publish(post.Id);
        return post.Id;
    }

    private static bool CanDelete(FeedPost post, Actor actor) => post.AuthorUserId == actor.UserId || actor.IsAdministrator;
}
