using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Channels;
using OpenChannels.Portal.Common;
using OpenChannels.Portal.Data;

namespace OpenChannels.Portal.Crm;

/// <summary>
/// Companies, created when a contact first names them. An employee sees the companies of contacts they can see (and those no
/// contact names any more), with the number of those contacts.
/// </summary>
public sealed class CompanyService(IDbContextFactory<AppDbContext> factory)
{
    public async Task<CrmPage<CompanyRow>> ListAsync(Actor actor, string? q, int skip, int take, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var visible = await ChannelAccess.VisibleChannelsAsync(db, actor, cancellationToken);
        var contacts = db.Contacts.Where(c => visible == null || c.ChannelId == null || visible.Contains(c.ChannelId.Value));
        var companies = db.Companies.AsNoTracking()
            .Where(c => visible == null || contacts.Any(k => k.CompanyId == c.Id) || !db.Contacts.Any(k => k.CompanyId == c.Id));
        if (!string.IsNullOrWhiteSpace(q))
        {
            companies = companies.Where(c => c.Name.Contains(q.Trim()));
        }

        var total = await companies.CountAsync(cancellationToken);
        var rows = await companies.OrderBy(c => c.Name).Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, CrmQuery.MaxTake))
            .Select(c => new CompanyRow(c.Id, c.Name, contacts.Count(k => k.CompanyId == c.Id), c.CreatedAt)).ToListAsync(cancellationToken);
        return new CrmPage<CompanyRow>(rows, total);
    }

    public async Task<string> CsvAsync(Actor actor, string? q, CancellationToken cancellationToken)
    {
        var rows = new List<IReadOnlyList<object?>>();
        for (var skip = 0; ; skip += CrmQuery.MaxTake)
        {
            var page = await ListAsync(actor, q, skip, CrmQuery.MaxTake, cancellationToken);
            rows.AddRange(page.Items.Select(c => (IReadOnlyList<object?>)[c.Id, c.Name, c.Contacts, c.CreatedAt]));
            if (page.Items.Count < CrmQuery.MaxTake)
            {
                break;
            }
        }

        return Csv.Write(["id", "name", "contacts", "created"], rows);
    }
}
