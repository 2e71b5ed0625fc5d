using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Channels;
using OpenChannels.Portal.Common;
using OpenChannels.Portal.Data;

namespace OpenChannels.Portal.Crm;

/// <summary>Administrator-defined fields of leads and contacts; their values live in each record's CustomFields JSON.</summary>
public sealed partial class CustomFieldService(IDbContextFactory<AppDbContext> factory, TimeProvider clock)
{
    public static IReadOnlyList<string> Entities { get; } = [nameof(Lead), nameof(Contact)];

    public async Task<IReadOnlyList<CustomFieldDefinition>> ListAsync(string? entity, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.CustomFields.AsNoTracking().Where(f => entity == null || f.Entity == entity).OrderBy(f => f.Entity).ThenBy(f => f.Label).ToListAsync(cancellationToken);
    }

    public async Task<Outcome<CustomFieldDefinition>> CreateAsync(Actor actor, CustomFieldInput input, CancellationToken cancellationToken)
    {
        if (!actor.IsAdministrator)
        {
            return Failure.Forbidden("only administrators define custom fields");
        }

        var key = input.Key?.Trim() ?? "";
        var entity = Entities.FirstOrDefault(e => string.Equals(e, input.Entity?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (entity is null || !KeyShape().IsMatch(key) || string.IsNullOrWhiteSpace(input.Label) || input.Label.Trim().Length > 100)
        {
            return Failure.Invalid("A custom field needs an entity (Lead or Contact), a key of 1 to 50 lower-case letters, digits or '_', and a label of at most 100 characters.");
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (await db.CustomFields.AnyAsync(f => f.Entity == entity && f.Key == key, cancellationToken))
        {
            return Failure.Conflict($"{entity} already has a custom field '{key}'.");
        }

        var field = new CustomFieldDefinition { Id = Guid.NewGuid(), Entity = entity, Key = key, Label = input.Label.Trim(), CreatedAt = clock.GetUtcNow() };
        db.CustomFields.Add(field);
        await db.SaveChangesAsync(cancellationToken);
        return field;
    }

    /// <summary>Removes the definition; values already stored stay in the records' JSON (and their exports) but are no longer shown.</summary>
    public async Task<Outcome<Done>> DeleteAsync(Actor actor, Guid id, CancellationToken cancellationToken)
    {
        if (!actor.IsAdministrator)
        {
            return Failure.Forbidden("only administrators define custom fields");
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.CustomFields.Where(f => f.Id == id).ExecuteDeleteAsync(cancellationToken) > 0 ? Done.Value : Failure.NotFound("custom field not found");
    }

    [GeneratedRegex("^[a-z0-9_]{1,50}$")]
    private static partial Regex KeyShape();
}
