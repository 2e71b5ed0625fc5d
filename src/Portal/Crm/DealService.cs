using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Channels;
using OpenChannels.Portal.Common;
using OpenChannels.Portal.Data;

namespace OpenChannels.Portal.Crm;

/// <summary>Deals: a deal belongs to a contact or lead the actor can see, and takes its channel (so its visibility) from it.</summary>
public sealed class DealService(IDbContextFactory<AppDbContext> factory, TimeProvider clock) : CrmRecords<Deal, DealInput>(factory, clock)
{
    protected override IReadOnlyList<string> Header { get; } = ["id", "title", "stage", "amount", "currency", "contact_id", "lead_id", "responsible", "created"];

    protected override IReadOnlyList<object?> Row(Deal d) => [d.Id, d.Title, d.Stage, d.Amount, d.Currency, d.ContactId, d.LeadId, d.ResponsibleUserId, d.CreatedAt];

    protected override Deal New(DealInput input) => new() { Title = "" };

    protected override async Task<Failure?> ApplyAsync(AppDbContext db, Actor actor, Deal deal, DealInput input, CancellationToken cancellationToken)
    {
        var currency = Clean(input.Currency, 3)?.ToUpperInvariant() ?? deal.Currency;
        if (Clean(input.Title, 200) is not { } title)
        {
            return Failure.Invalid("A deal needs a title.");
        }

        if (input.Amount < 0 || currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper))
        {
            return Failure.Invalid("amount must be zero or more and currency a three-letter ISO 4217 code.");
        }

        if (await CrmFields.ResponsibleAsync(db, input.ResponsibleUserId, cancellationToken) is { } failure)
        {
            return failure;
        }

        var visible = await ChannelAccess.VisibleChannelsAsync(db, actor, cancellationToken);
        var contact = input.ContactId is { } c ? await db.Contacts.AsNoTracking().FirstOrDefaultAsync(x => x.Id == c, cancellationToken) : null;
        var lead = input.LeadId is { } l ? await db.Leads.AsNoTracking().FirstOrDefaultAsync(x => x.Id == l, cancellationToken) : null;
        if ((input.ContactId is not null && !Sees(visible, contact)) || (input.LeadId is not null && !Sees(visible, lead)))
        {
            return Failure.Invalid("The deal's contact or lead was not found.");
        }

        (deal.Title, deal.Stage, deal.Amount, deal.Currency) = (title, input.Stage ?? deal.Stage, input.Amount ?? deal.Amount, currency);
        (deal.ContactId, deal.LeadId, deal.ResponsibleUserId) = (input.ContactId, input.LeadId, input.ResponsibleUserId);
        deal.ChannelId = contact?.ChannelId ?? lead?.ChannelId;
        return null;
    }

    private static bool Sees(HashSet<Guid>? visible, ICrmRecord? record) =>
        record is not null && (visible is null || record.ChannelId is null || visible.Contains(record.ChannelId.Value));

    protected override IQueryable<Deal> Filter(IQueryable<Deal> records, CrmQuery query) => ByResponsible(
        records.Where(d => (query.ContactId == null || d.ContactId == query.ContactId) && (query.LeadId == null || d.LeadId == query.LeadId) && (query.Stage == null || d.Stage == query.Stage)),
        query, d => d.ResponsibleUserId);

    protected override IQueryable<Deal> Search(IQueryable<Deal> records, string term) => records.Where(d => d.Title.Contains(term));

    protected override IQueryable<Deal> Sort(IQueryable<Deal> records, string field, bool descending) => field switch
    {
        "title" => Ordered(records, d => d.Title, descending),
        "stage" => Ordered(records, d => d.Stage, descending),
        "amount" => Ordered(records, d => d.Amount, descending),
        _ => Ordered(records, d => d.CreatedAt, field == "createdat" ? descending : !descending),
    };

    protected override async Task DetachAsync(AppDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Activities.Where(a => a.DealId == id).ExecuteUpdateAsync(u => u.SetProperty(a => a.DealId, (Guid?)null), cancellationToken);
}
