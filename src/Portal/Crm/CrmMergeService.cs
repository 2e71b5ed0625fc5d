using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Channels;
using OpenChannels.Portal.Common;
using OpenChannels.Portal.Data;

namespace OpenChannels.Portal.Crm;

/// <summary>
/// Merges two leads or two contacts (the same person found on two messengers): the other record's activities, deals and client
/// links move to the kept one, which also takes the fields it lacks; then the other is deleted. Links are per client and session
/// activities per session, so nothing is duplicated and every conversation then shows as one customer.
/// </summary>
public sealed class CrmMergeService(IDbContextFactory<AppDbContext> factory, LeadService leads, ContactService contacts, TimeProvider clock)
{
    public async Task<Outcome<Lead>> MergeLeadsAsync(Actor actor, Guid keepId, Guid otherId, CancellationToken cancellationToken)
    {
        if (await BothVisibleAsync(actor, keepId, otherId, leads.GetAsync, cancellationToken) is { } failure)
        {
            return failure;
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var keep = await db.Leads.FirstAsync(l => l.Id == keepId, cancellationToken);
        var other = await db.Leads.FirstAsync(l => l.Id == otherId, cancellationToken);
        (keep.Phone, keep.Email, keep.ResponsibleUserId) = (keep.Phone ?? other.Phone, keep.Email ?? other.Email, keep.ResponsibleUserId ?? other.ResponsibleUserId);
        (keep.ChannelIdentity, keep.ContactId, keep.CustomFields) = (keep.ChannelIdentity ?? other.ChannelIdentity, keep.ContactId ?? other.ContactId, keep.CustomFields ?? other.CustomFields);
        keep.UpdatedAt = clock.GetUtcNow();
        await db.Activities.Where(a => a.LeadId == otherId).ExecuteUpdateAsync(u => u.SetProperty(a => a.LeadId, keepId), cancellationToken);
        await db.Deals.Where(d => d.LeadId == otherId).ExecuteUpdateAsync(u => u.SetProperty(d => d.LeadId, keepId), cancellationToken);
        await db.ClientLinks.Where(k => k.LeadId == otherId).ExecuteUpdateAsync(u => u.SetProperty(k => k.LeadId, keepId), cancellationToken);
        await db.CommentAuthorLinks.Where(k => k.LeadId == otherId).ExecuteUpdateAsync(u => u.SetProperty(k => k.LeadId, keepId), cancellationToken);
        db.Leads.Remove(other);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return keep;
    }

    public async Task<Outcome<Contact>> MergeContactsAsync(Actor actor, Guid keepId, Guid otherId, CancellationToken cancellationToken)
    {
        if (await BothVisibleAsync(actor, keepId, otherId, contacts.GetAsync, cancellationToken) is { } failure)
        {
            return failure;
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var keep = await db.Contacts.FirstAsync(c => c.Id == keepId, cancellationToken);
        var other = await db.Contacts.FirstAsync(c => c.Id == otherId, cancellationToken);
        (keep.Phone, keep.Email, keep.ResponsibleUserId) = (keep.Phone ?? other.Phone, keep.Email ?? other.Email, keep.ResponsibleUserId ?? other.ResponsibleUserId);
        (keep.CompanyId, keep.CompanyName, keep.CustomFields) = (keep.CompanyId ?? other.CompanyId, keep.CompanyName ?? other.CompanyName, keep.CustomFields ?? other.CustomFields);
        keep.UpdatedAt = clock.GetUtcNow();
        await db.Activities.Where(a => a.ContactId == otherId).ExecuteUpdateAsync(u => u.SetProperty(a => a.ContactId, keepId), cancellationToken);
        await db.Deals.Where(d => d.ContactId == otherId).ExecuteUpdateAsync(u => u.SetProperty(d => d.ContactId, keepId), cancellationToken);
        await db.ClientLinks.Where(k => k.ContactId == otherId).ExecuteUpdateAsync(u => u.SetProperty(k => k.ContactId, keepId), cancellationToken);
        await db.CommentAuthorLinks.Where(k => k.ContactId == otherId).ExecuteUpdateAsync(u => u.SetProperty(k => k.ContactId, keepId), cancellationToken);
        await db.Leads.Where(l => l.ContactId == otherId).ExecuteUpdateAsync(u => u.SetProperty(l => l.ContactId, keepId), cancellationToken);
        db.Contacts.Remove(other);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return keep;
    }

    private static async Task<Failure?> BothVisibleAsync<T>(
        Actor actor, Guid keepId, Guid otherId, Func<Actor, Guid, CancellationToken, Task<Outcome<T>>> get, CancellationToken cancellationToken)
    {
        if (keepId == otherId)
        {
            return Failure.Invalid("A record cannot be merged into itself.");
        }

        return (await get(actor, keepId, cancellationToken)).IsOk && (await get(actor, otherId, cancellationToken)).IsOk ? null : Failure.NotFound("record not found");
    }
}
