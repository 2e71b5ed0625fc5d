using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Channels;
using OpenChannels.Portal.Common;
using OpenChannels.Portal.Data;

namespace OpenChannels.Portal.Crm;

/// <summary>Contacts: search by name, phone, e-mail or company; a company named for the first time is created.</summary>
public sealed class ContactService(IDbContextFactory<AppDbContext> factory, TimeProvider clock) : CrmRecords<Contact, ContactInput>(factory, clock)
{
    protected override IReadOnlyList<string> Header { get; } = ["id", "name", "phone", "email", "company", "responsible", "custom_fields", "created"];

    protected override IReadOnlyList<object?> Row(Contact c) => [c.Id, c.Name, c.Phone, c.Email, c.CompanyName, c.ResponsibleUserId, c.CustomFields, c.CreatedAt];

    protected override Contact New(ContactInput input) => new() { Name = "" };

    protected override async Task<Failure?> ApplyAsync(AppDbContext db, Actor actor, Contact contact, ContactInput input, CancellationToken cancellationToken)
    {
        var (custom, invalid) = await CrmFields.CustomAsync(db, nameof(Contact), input.CustomFields, cancellationToken);
        var email = Clean(input.Email, 200);
        if (Clean(input.Name, 200) is not { } name)
        {
            return Failure.Invalid("A contact needs a name.");
        }

        if ((invalid ?? CrmFields.Email(email) ?? await CrmFields.ResponsibleAsync(db, input.ResponsibleUserId, cancellationToken)) is { } failure)
        {
            return failure;
        }

        (contact.Name, contact.Phone, contact.Email) = (name, Clean(input.Phone, 50), email);
        contact.ResponsibleUserId = input.ResponsibleUserId;
        contact.CustomFields = custom ?? contact.CustomFields;
        contact.CompanyName = Clean(input.Company, 200);
        contact.CompanyId = contact.CompanyName is { } company ? await CompanyIdAsync(db, company, cancellationToken) : null;
        return null;
    }

    /// <summary>The company of that name, created when new (saved with the caller's changes).</summary>
    public async Task<Guid> CompanyIdAsync(AppDbContext db, string name, CancellationToken cancellationToken)
    {
        if (db.Companies.Local.FirstOrDefault(c => c.Name == name) is { } added)
        {
            return added.Id;
        }

        if (await db.Companies.Where(c => c.Name == name).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(cancellationToken) is { } id)
        {
            return id;
        }

        var company = new Company { Id = Guid.NewGuid(), Name = name, CreatedAt = Clock.GetUtcNow() };
        db.Companies.Add(company);
        return company.Id;
    }

    protected override IQueryable<Contact> Filter(IQueryable<Contact> records, CrmQuery query) => ByResponsible(records, query, c => c.ResponsibleUserId);

    protected override IQueryable<Contact> Search(IQueryable<Contact> records, string term) =>
        records.Where(c => c.Name.Contains(term) || (c.Phone != null && c.Phone.Contains(term)) || (c.Email != null && c.Email.Contains(term))
            || (c.CompanyName != null && c.CompanyName.Contains(term)));

    protected override IQueryable<Contact> Sort(IQueryable<Contact> records, string field, bool descending) => field switch
    {
        "name" => Ordered(records, c => c.Name, descending),
        "company" => Ordered(records, c => c.CompanyName, descending),
        "email" => Ordered(records, c => c.Email, descending),
        _ => Ordered(records, c => c.CreatedAt, field == "createdat" ? descending : !descending),
    };

    protected override async Task DetachAsync(AppDbContext db, Guid id, CancellationToken cancellationToken)
    {
        await db.ClientLinks.Where(l => l.ContactId == id).ExecuteDeleteAsync(cancellationToken);
        await db.CommentAuthorLinks.Where(l => l.ContactId == id).ExecuteUpdateAsync(u => u.SetProperty(l => l.ContactId, (Guid?)null), cancellationToken);
        await db.Activities.Where(a => a.ContactId == id).ExecuteUpdateAsync(u => u.SetProperty(a => a.ContactId, (Guid?)null), cancellationToken);
        await db.Deals.Where(d => d.ContactId == id).ExecuteUpdateAsync(u => u.SetProperty(d => d.ContactId, (Guid?)null), cancellationToken);
        await db.Leads.Where(l => l.ContactId == id).ExecuteUpdateAsync(u => u.SetProperty(l => l.ContactId, (Guid?)null), cancellationToken);
    }
}
