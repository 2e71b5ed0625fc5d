using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenChannels.Portal.Connections;
using OpenChannels.Portal.Data;

namespace OpenChannels.Portal.Crm;

/// <summary>
/// Puts page comments into the CRM: the author's record (their link for the connection, else a new lead named after them) gets the
/// comment as a comment activity. Runs in the caller's unit of work, so a comment stored twice by racing deliveries is logged once.
/// </summary>
public sealed class CommentAuthors(IStringLocalizer<SharedResource> localizer, TimeProvider clock)
{
    public async Task AddAsync(AppDbContext db, Connection connection, PageComment comment, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var link = await db.CommentAuthorLinks.FirstOrDefaultAsync(l => l.ConnectionId == connection.Id && l.AuthorExternalId == comment.AuthorExternalId, cancellationToken);
        if (link is null || (link.LeadId is null && link.ContactId is null))
        {
            var lead = new Lead
            {
                Id = Guid.NewGuid(), Name = comment.AuthorName, ChannelId = connection.ChannelId, CreatedAt = now, UpdatedAt = now,
                ChannelIdentity = $"{connection.ConnectorId}:{comment.AuthorExternalId}",
            };
            db.Leads.Add(lead);
            if (link is null)
            {
                link = new CommentAuthorLink { ConnectionId = connection.Id, AuthorExternalId = comment.AuthorExternalId, CreatedAt = now };
                db.CommentAuthorLinks.Add(link);
            }

            link.LeadId = lead.Id;
        }

        db.Activities.Add(new Activity
        {
            Id = Guid.NewGuid(), Kind = ActivityKind.Comment, Subject = localizer["Crm.CommentActivity", comment.PostId], Body = comment.Text,
            LeadId = link.ContactId is null ? link.LeadId : null, ContactId = link.ContactId, ChannelId = connection.ChannelId,
            CreatedAt = comment.CreatedAt, UpdatedAt = now,
        });
    }
}
