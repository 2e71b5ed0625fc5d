using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Channels;
using OpenChannels.Portal.Common;
using OpenChannels.Portal.Data;

namespace OpenChannels.Portal.Crm;

/// <summary>Leads: search by name, phone, e-mail or channel identity; sort by name, status or creation.</summary>
public sealed class LeadService(IDbContextFactory<AppDbContext> factory, TimeProvider clock) : CrmRecords<Lead, LeadInput>(factory, clock)
{
    protected override IReadOnlyList<string> Header { get; } = ["id", "name", "phone", "email", "status", "responsible", "channel_identity", "custom_fields", "created"];

    protected override IReadOnlyList<object?> Row(Lead l) => [l.Id, l.Name, l.Phone, l.Email, l.Status, l.ResponsibleUserId, l.ChannelIdentity, l.CustomFields, l.CreatedAt];

    protected override Lead New(LeadInput input) => new() { Name = "" };

    protected override async Task<Failure?> ApplyAsync(AppDbContext db, Actor actor, Lead lead, LeadInput input, CancellationToken cancellationToken)
    {
        var (custom, invalid) = await CrmFields.CustomAsync(db, nameof(Lead), input.CustomFields, cancellationToken);
        var email = Clean(input.Email, 200);
        if (Clean(input.Name, 200) is not { } name)
        {
            return Failure.Invalid("A lead needs a name.");
        }

        if ((invalid ?? CrmFields.Email(email) ?? await CrmFields.ResponsibleAsync(db, input.ResponsibleUserId, cancellationToken)) is { } failure)
        {
            return failure;
        }

        (lead.Name, lead.Phone, lead.Email) = (name, Clean(input.Phone, 50), email);
        lead.Status = input.Status ?? lead.Status;
        lead.ResponsibleUserId = input.ResponsibleUserId;
        lead.CustomFields = custom ?? lead.CustomFields;
        return null;
    }

    protected override IQueryable<Lead> Filter(IQueryable<Lead> records, CrmQuery query) =>
        ByResponsible(records.Where(l => query.Status == null || l.Status == query.Status), query, l => l.ResponsibleUserId);

    protected override IQueryable<Lead> Search(IQueryable<Lead> records, string term) =>
        records.Where(l => l.Name.Contains(term) || (l.Phone != null && l.Phone.Contains(term)) || (l.Email != null && l.Email.Contains(term))
            || (l.ChannelIdentity != null && l.ChannelIdentity.Contains(term)));

    protected override IQueryable<Lead> Sort(IQueryable<Lead> records, string field, bool descending) => field switch
    {
        "name" => Ordered(records, l => l.Name, descending),
        "status" => Ordered(records, l => l.Status, descending),
        "email" => Ordered(records, l => l.Email, descending),
        _ => Ordered(records, l => l.CreatedAt, field == "createdat" ? descending : !descending),
    };

    protected override async Task DetachAsync(AppDbContext db, Guid id, CancellationToken cancellationToken)
    {
        await db.ClientLinks.Where(l => l.LeadId == id).ExecuteDeleteAsync(cancellationToken);
        await db.CommentAuthorLinks.Where(l => l.LeadId == id).ExecuteUpdateAsync(u => u.SetProperty(l => l.LeadId, (Guid?)null), cancellationToken);
        await db.Activities.Where(a => a.LeadId == id).ExecuteUpdateAsync(u => u.SetProperty(a => a.LeadId, (Guid?)null), cancellationToken);
        await db.Deals.Where(d => d.LeadId == id).ExecuteUpdateAsync(u => u.SetProperty(d => d.LeadId, (Guid?)null), cancellationToken);
    }
}
