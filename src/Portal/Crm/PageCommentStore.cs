using Microsoft.EntityFrameworkCore;
using OpenChannels.Abstractions.Inbound;
using OpenChannels.Portal.Connections;
using OpenChannels.Portal.Data;

namespace OpenChannels.Portal.Crm;

/// <summary>
/// Applies one <see cref="CommentReceived"/> (from the feed webhook or the import job) to the stored comments: <c>add</c> inserts
/// once (logged on the author's CRM record), <c>edited</c> replaces the text, <c>remove</c> marks it deleted. Changes about a comment not seen yet insert it, so a
/// removal that overtakes its add leaves a deleted comment that a later add does not bring back.
/// </summary>
public sealed class PageCommentStore(CommentAuthors authors, CommentFeed feed, TimeProvider clock)
{
    public const string Add = "add";
    public const string Edited = "edited";
    public const string Remove = "remove";

    /// <returns>True when the comment was new to the portal (a removal of an unknown comment does not count).</returns>
    public async Task<bool> ApplyAsync(AppDbContext db, Connection connection, CommentReceived e, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var comment = await db.PageComments.FirstOrDefaultAsync(c => c.ConnectionId == connection.Id && c.CommentId == e.CommentId, cancellationToken);
        var isNew = comment is null;
        if (comment is null)
        {
            comment = new PageComment
            {
                Id = Guid.NewGuid(),
                ConnectionId = connection.Id,
                PostId = Clip(e.ChatId, 200)!,
                CommentId = e.CommentId,
                AuthorExternalId = Clip(e.Author.Id, 200)!,
                AuthorName = Clip(e.Author.Name, 200) ?? e.Author.Id,
                Text = e.Text ?? "",
                CreatedAt = e.Date,
                ImportedAt = now,
            };
            db.PageComments.Add(comment);
            if (e.Verb != Remove)
            {
                await authors.AddAsync(db, connection, comment, cancellationToken);
            }
        }

        // Whichever source knows more fills the gaps: the feed webhook carries no permalink, the import does.
        comment.ParentId ??= Clip(e.ParentId, 200);
        comment.Permalink ??= Clip(e.Permalink, 2000);
        switch (e.Verb)
        {
            case Edited when e.Text is { } text && (isNew || text != comment.Text):
                comment.Text = text;
                comment.EditedAt = now;
                break;
            case Remove:
                comment.DeletedAt ??= now;
                break;
        }

        var changed = db.ChangeTracker.HasChanges();
        await db.SaveChangesAsync(cancellationToken);
        if (changed)
        {
            feed.Publish(new CommentChange(comment.Id, connection.Id, connection.ChannelId));
        }

        return isNew && e.Verb != Remove;
    }

    private static string? Clip(string? text, int max) => string.IsNullOrWhiteSpace(text) ? null : text.Length > max ? text[..max] : text;
}
