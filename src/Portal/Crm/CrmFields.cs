using System.Net.Mail;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Common;
using OpenChannels.Portal.Data;

namespace OpenChannels.Portal.Crm;

/// <summary>Checks shared by the record services: e-mail shape, the responsible user, custom field keys.</summary>
public static class CrmFields
{
    public static Failure? Email(string? email) =>
        email is null || MailAddress.TryCreate(email, out _) ? null : Failure.Invalid($"'{email}' is not an e-mail address.");

    public static async Task<Failure?> ResponsibleAsync(AppDbContext db, string? userId, CancellationToken cancellationToken) =>
        userId is null || await db.Users.AnyAsync(u => u.Id == userId, cancellationToken) ? null : Failure.Invalid("responsibleUserId is not an employee.");

    /// <summary>The values as JSON, when every key is a field administrators defined for <paramref name="entity"/>.</summary>
    public static async Task<(string? Json, Failure? Error)> CustomAsync(AppDbContext db, string entity, Dictionary<string, string>? values, CancellationToken cancellationToken)
    {
        if (values is null || values.Count == 0)
        {
            return (null, null);
        }

        var known = await db.CustomFields.Where(f => f.Entity == entity).Select(f => f.Key).ToListAsync(cancellationToken);
        var unknown = values.Keys.Where(k => !known.Contains(k)).ToList();
        return unknown.Count > 0
            ? (null, Failure.Invalid($"Unknown custom field(s) for {entity}: {string.Join(", ", unknown)}."))
            : (JsonSerializer.Serialize(values), null);
    }
}
