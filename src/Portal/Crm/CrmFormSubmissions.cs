using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenChannels.Portal.Common;
using OpenChannels.Portal.Data;

namespace OpenChannels.Portal.Crm;

/// <summary>
/// The client's side of a CRM form: reading the form behind a signed link, and a submission, which fills the client's CRM record
/// (their link, else a record with the e-mail or phone they gave, else a new lead) and is logged on it as a form activity.
/// </summary>
public sealed class CrmFormSubmissions(
    IDbContextFactory<AppDbContext> factory,
    CrmFormTokens tokens,
    ContactService contacts,
    IStringLocalizer<SharedResource> localizer,
    TimeProvider clock)
{
    public const int MaxAnswer = 1000;

    public async Task<CrmFormView?> OpenAsync(string token, CancellationToken cancellationToken)
    {
        if (tokens.Read(token) is not { } link)
        {
            return null;
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var form = await db.CrmForms.AsNoTracking().FirstOrDefaultAsync(f => f.Id == link.FormId, cancellationToken);
        return form is not null && await db.Clients.AnyAsync(c => c.Id == link.ClientId, cancellationToken) ? CrmFormView.From(form) : null;
    }

    /// <summary>Not found for a bad, expired or orphaned link; invalid (with the reason, in the client's language) for bad answers.</summary>
    public async Task<Outcome<Done>> SubmitAsync(string token, IReadOnlyDictionary<string, string?> answers, CancellationToken cancellationToken)
    {
        if (await OpenAsync(token, cancellationToken) is not { } form || tokens.Read(token) is not { } link)
        {
            return Failure.NotFound("form not found");
        }

        var values = form.Fields.ToDictionary(f => f.Target, f => answers.TryGetValue(f.Target, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null);
        if (Validate(form, values) is { } invalid)
        {
            return invalid;
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var client = await db.Clients.FirstAsync(c => c.Id == link.ClientId, cancellationToken);
        var conversation = await db.Conversations.AsNoTracking().FirstOrDefaultAsync(c => c.Id == link.ConversationId, cancellationToken);
        // What the client gives about themselves also lets the CRM recognise them on another messenger.
        client.Email ??= values.GetValueOrDefault("email");
        client.Phone ??= values.GetValueOrDefault("phone");
        await db.SaveChangesAsync(cancellationToken);

        var (leadId, contactId) = await CrmMatcher.FindAsync(db, client, cancellationToken);
        var now = clock.GetUtcNow();
        if (contactId is { } c && await db.Contacts.FirstOrDefaultAsync(x => x.Id == c, cancellationToken) is { } contact)
        {
            await FillAsync(db, contact, values, cancellationToken);
            contact.UpdatedAt = now;
            leadId = null;
        }
        else
        {
            var lead = leadId is { } l ? await db.Leads.FirstOrDefaultAsync(x => x.Id == l, cancellationToken) : null;
            if (lead is null)
            {
                var connector = await db.Connections.Where(x => x.Id == client.ConnectionId).Select(x => x.ConnectorId).FirstOrDefaultAsync(cancellationToken);
                lead = new Lead
                {
                    Id = Guid.NewGuid(), Name = client.Name, ChannelId = conversation?.ChannelId, CreatedAt = now,
                    ChannelIdentity = $"{connector}:{client.Username ?? client.ExternalUserId}",
                };
                db.Leads.Add(lead);
            }

            await FillAsync(db, lead, values, cancellationToken);
            lead.UpdatedAt = now;
            (leadId, contactId) = (lead.Id, null);
        }

        if (!await db.ClientLinks.AnyAsync(k => k.ClientId == client.Id, cancellationToken))
        {
            db.ClientLinks.Add(new ClientLink { ClientId = client.Id, LeadId = leadId, ContactId = contactId, CreatedAt = now });
        }

        db.Activities.Add(new Activity
        {
            Id = Guid.NewGuid(), Kind = ActivityKind.Form, Subject = localizer["Crm.FormActivity", form.Name], Body = Transcript(form, values),
            LeadId = leadId, ContactId = contactId, ChannelId = conversation?.ChannelId, ConversationId = conversation?.Id, CreatedAt = now, UpdatedAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);
        return Done.Value;
    }

    private Failure? Validate(CrmFormView form, Dictionary<string, string?> values)
    {
        foreach (var field in form.Fields)
        {
            var value = values[field.Target];
            if (field.Required && value is null)
            {
                return Failure.Invalid(localizer["Crm.FormRequired", field.Label]);
            }

            if (value?.Length > MaxAnswer)
            {
                return Failure.Invalid(localizer["Crm.FormTooLong", field.Label, MaxAnswer]);
            }

            if (field.Target == "email" && CrmFields.Email(value) is not null)
            {
                return Failure.Invalid(localizer["Crm.FormBadEmail", field.Label]);
            }
        }

        return null;
    }

    private async Task FillAsync(AppDbContext db, Lead lead, Dictionary<string, string?> values, CancellationToken cancellationToken)
    {
        lead.Name = Clip(values.GetValueOrDefault("name"), 200) ?? lead.Name;
        lead.Phone = Clip(values.GetValueOrDefault("phone"), 50) ?? lead.Phone;
        lead.Email = Clip(values.GetValueOrDefault("email"), 200) ?? lead.Email;
        lead.CustomFields = await CustomAsync(db, nameof(Lead), lead.CustomFields, values, cancellationToken);
    }

    private async Task FillAsync(AppDbContext db, Contact contact, Dictionary<string, string?> values, CancellationToken cancellationToken)
    {
        contact.Name = Clip(values.GetValueOrDefault("name"), 200) ?? contact.Name;
        contact.Phone = Clip(values.GetValueOrDefault("phone"), 50) ?? contact.Phone;
        contact.Email = Clip(values.GetValueOrDefault("email"), 200) ?? contact.Email;
        if (Clip(values.GetValueOrDefault("company"), 200) is { } company)
        {
            (contact.CompanyName, contact.CompanyId) = (company, await contacts.CompanyIdAsync(db, company, cancellationToken));
        }

        contact.CustomFields = await CustomAsync(db, nameof(Contact), contact.CustomFields, values, cancellationToken);
    }

    /// <summary>The record's custom values with the answers to its entity's defined fields laid over them.</summary>
    private static async Task<string?> CustomAsync(AppDbContext db, string entity, string? json, Dictionary<string, string?> values, CancellationToken cancellationToken)
    {
        var known = await db.CustomFields.Where(f => f.Entity == entity).Select(f => f.Key).ToListAsync(cancellationToken);
        var answers = values.Where(v => v.Value is not null && v.Key.StartsWith(CrmFormField.CustomPrefix, StringComparison.Ordinal))
            .Select(v => (Key: v.Key[CrmFormField.CustomPrefix.Length..], v.Value)).Where(v => known.Contains(v.Key)).ToList();
        if (answers.Count == 0)
        {
            return json;
        }

        var merged = (json is null ? null : JsonSerializer.Deserialize<Dictionary<string, string>>(json)) ?? [];
        foreach (var (key, value) in answers)
        {
            merged[key] = Clip(value, MaxAnswer)!;
        }

        return JsonSerializer.Serialize(merged);
    }

    private static string Transcript(CrmFormView form, Dictionary<string, string?> values)
    {
        var body = new StringBuilder();
        foreach (var field in form.Fields)
        {
            body.Append(field.Label).Append(": ").AppendLine(values[field.Target] ?? "—");
        }

        return body.ToString().TrimEnd();
    }

    private static string? Clip(string? text, int max) => text is null ? null : text.Length > max ? text[..max] : text;
}
