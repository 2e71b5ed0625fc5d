using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Conversations;
using OpenChannels.Portal.Data;

namespace OpenChannels.Portal.Crm;

/// <summary>Which CRM record a client is: their link first, then a contact, then a lead with the same e-mail, then the same phone.</summary>
public static class CrmMatcher
{
    public static async Task<(Guid? LeadId, Guid? ContactId)> FindAsync(AppDbContext db, Client client, CancellationToken cancellationToken)
    {
        if (await db.ClientLinks.AsNoTracking().FirstOrDefaultAsync(l => l.ClientId == client.Id, cancellationToken) is { } link)
        {
            return (link.LeadId, link.ContactId);
        }

        foreach (var (email, phone) in new[] { (client.Email, (string?)null), (null, client.Phone) })
        {
            if (email is null && phone is null)
            {
                continue;
            }

            var contact = await db.Contacts.Where(c => (email != null && c.Email == email) || (phone != null && c.Phone == phone))
                .OrderBy(c => c.CreatedAt).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(cancellationToken);
            if (contact is not null)
            {
                return (null, contact);
            }

            var lead = await db.Leads.Where(l => (email != null && l.Email == email) || (phone != null && l.Phone == phone))
                .OrderBy(l => l.CreatedAt).Select(l => new { l.Id, l.ContactId }).FirstOrDefaultAsync(cancellationToken);
            if (lead is not null)
            {
                return lead.ContactId is { } converted ? (null, converted) : (lead.Id, null);
            }
        }

        return (null, null);
    }
}
