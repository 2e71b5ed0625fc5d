using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Channels;
using OpenChannels.Portal.Common;
using OpenChannels.Portal.Data;

namespace OpenChannels.Portal.Crm;

/// <summary>
/// List, read, create, change and delete for one kind of CRM record, with the access rule every read applies: an agent sees records
/// from channels they are a member of, and records entered by hand; a record they may not see is not found.
/// </summary>
public abstract class CrmRecords<T, TInput>(IDbContextFactory<AppDbContext> factory, TimeProvider clock)
    where T : class, ICrmRecord
{
    protected IDbContextFactory<AppDbContext> Factory => factory;

    protected TimeProvider Clock => clock;

    public async Task<CrmPage<T>> ListAsync(Actor actor, CrmQuery query, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var records = await VisibleAsync(db, actor, cancellationToken);
        records = Filter(records, query);
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            records = Search(records, query.Q.Trim());
        }

        var total = await records.CountAsync(cancellationToken);
        var sorted = Sort(records, query.SortField, query.Descending);
        var items = await sorted.Skip(Math.Max(0, query.Skip)).Take(Math.Clamp(query.Take, 1, CrmQuery.MaxTake)).ToListAsync(cancellationToken);
        return new CrmPage<T>(items, total);
    }

    public async Task<Outcome<T>> GetAsync(Actor actor, Guid id, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var record = await (await VisibleAsync(db, actor, cancellationToken)).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        return record is null ? Failure.NotFound($"{typeof(T).Name.ToLowerInvariant()} not found") : record;
    }

    public async Task<Outcome<T>> CreateAsync(Actor actor, TInput input, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var record = New(input);
        if (await ApplyAsync(db, actor, record, input, cancellationToken) is { } invalid)
        {
            return invalid;
        }

        record.Id = Guid.NewGuid();
        record.CreatedAt = record.UpdatedAt = clock.GetUtcNow();
        db.Set<T>().Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return record;
    }

    public async Task<Outcome<T>> UpdateAsync(Actor actor, Guid id, TInput input, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var record = await (await VisibleAsync(db, actor, cancellationToken)).AsTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (record is null)
        {
            return Failure.NotFound($"{typeof(T).Name.ToLowerInvariant()} not found");
        }

        if (await ApplyAsync(db, actor, record, input, cancellationToken) is { } invalid)
        {
            return invalid;
        }

        record.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return record;
    }

    public async Task<Outcome<Done>> DeleteAsync(Actor actor, Guid id, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var record = await (await VisibleAsync(db, actor, cancellationToken)).AsTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (record is null)
        {
            return Failure.NotFound($"{typeof(T).Name.ToLowerInvariant()} not found");
        }

        await DetachAsync(db, id, cancellationToken);
        db.Remove(record);
        await db.SaveChangesAsync(cancellationToken);
        return Done.Value;
    }

    /// <summary>The whole list, as the search finds it, for the CSV export.</summary>
    public async Task<string> CsvAsync(Actor actor, CrmQuery query, CancellationToken cancellationToken)
    {
        var all = await ListAsync(actor, query with { Skip = 0, Take = CrmQuery.MaxTake }, cancellationToken);
        var rows = new List<IReadOnlyList<object?>>();
        for (var skip = 0; ; skip += CrmQuery.MaxTake)
        {
            var page = skip == 0 ? all : await ListAsync(actor, query with { Skip = skip, Take = CrmQuery.MaxTake }, cancellationToken);
            rows.AddRange(page.Items.Select(Row));
            if (page.Items.Count < CrmQuery.MaxTake)
            {
                break;
            }
        }

        return Csv.Write(Header, rows);
    }

    protected static async Task<IQueryable<T>> VisibleAsync(AppDbContext db, Actor actor, CancellationToken cancellationToken)
    {
        var visible = await ChannelAccess.VisibleChannelsAsync(db, actor, cancellationToken);
        var records = db.Set<T>().AsNoTracking();
        return visible is null ? records : records.Where(r => r.ChannelId == null || visible.Contains(r.ChannelId.Value));
    }

    protected static IQueryable<T> Ordered<TKey>(IQueryable<T> records, Expression<Func<T, TKey>> key, bool descending) =>
        descending ? records.OrderByDescending(key) : records.OrderBy(key);

    /// <summary>Narrows to the responsible employee the query names ("none": nobody).</summary>
    protected static IQueryable<T> ByResponsible(IQueryable<T> records, CrmQuery query, Expression<Func<T, string?>> responsible)
    {
        if (query.Responsible is not { } user)
        {
            return records;
        }

        var value = user == CrmQuery.Nobody ? null : user;
        var parameter = responsible.Parameters[0];
        var test = Expression.Lambda<Func<T, bool>>(Expression.Equal(responsible.Body, Expression.Constant(value, typeof(string))), parameter);
        return records.Where(test);
    }

    protected static string? Clean(string? text, int max) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Trim() is var t && t.Length > max ? t[..max] : text.Trim();

    protected abstract IReadOnlyList<string> Header { get; }

    protected abstract IReadOnlyList<object?> Row(T record);

    protected abstract T New(TInput input);

    /// <summary>Validates the input and copies it onto the record; a failure leaves the database untouched.</summary>
    protected abstract Task<Failure?> ApplyAsync(AppDbContext db, Actor actor, T record, TInput input, CancellationToken cancellationToken);

    protected abstract IQueryable<T> Search(IQueryable<T> records, string term);

    protected abstract IQueryable<T> Sort(IQueryable<T> records, string field, bool descending);

    protected virtual IQueryable<T> Filter(IQueryable<T> records, CrmQuery query) => records;

    /// <summary>Unlinks what points at a record about to be deleted.</summary>
    protected virtual Task DetachAsync(AppDbContext db, Guid id, CancellationToken cancellationToken) => Task.CompletedTask;
}
