using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Channels;
using OpenChannels.Portal.Common;
using OpenChannels.Portal.Conversations;
using OpenChannels.Portal.Data;
using OpenChannels.Portal.Hosting;

namespace OpenChannels.Portal.Crm;

/// <summary>
/// CRM forms for the team: administrators build them; any employee who sees a conversation sends a form's link in it, through the
/// conversation's connector like any reply. The link is signed and bound to the conversation's client.
/// </summary>
public sealed class CrmFormService(IDbContextFactory<AppDbContext> factory, CrmFormTokens tokens, MessageService messages, PortalOptions options, TimeProvider clock)
{
    public const int MaxFields = 20;

    public async Task<IReadOnlyList<CrmFormView>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return (await db.CrmForms.AsNoTracking().OrderBy(f => f.Name).ToListAsync(cancellationToken)).Select(CrmFormView.From).ToList();
    }

    public async Task<Outcome<CrmFormView>> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.CrmForms.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, cancellationToken) is { } form ? CrmFormView.From(form) : Failure.NotFound("form not found");
    }

    public Task<Outcome<CrmFormView>> CreateAsync(Actor actor, CrmFormInput input, CancellationToken cancellationToken) => SaveAsync(actor, null, input, cancellationToken);

    public Task<Outcome<CrmFormView>> UpdateAsync(Actor actor, Guid id, CrmFormInput input, CancellationToken cancellationToken) => SaveAsync(actor, id, input, cancellationToken);

    public async Task<Outcome<Done>> DeleteAsync(Actor actor, Guid id, CancellationToken cancellationToken)
    {
        if (!actor.IsAdministrator)
        {
            return Failure.Forbidden("only administrators manage CRM forms");
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.CrmForms.Where(f => f.Id == id).ExecuteDeleteAsync(cancellationToken) > 0 ? Done.Value : Failure.NotFound("form not found");
    }

    /// <summary>The form's link for the client of a conversation the actor sees.</summary>
    public async Task<Outcome<Uri>> LinkAsync(Actor actor, Guid conversationId, Guid formId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var conversation = await db.Conversations.AsNoTracking().FirstOrDefaultAsync(c => c.Id == conversationId, cancellationToken);
        if (conversation is null || !await ChannelAccess.CanSeeConversationAsync(db, actor, conversation, cancellationToken))
        {
            return Failure.NotFound("conversation not found");
        }

        if (!await db.CrmForms.AnyAsync(f => f.Id == formId, cancellationToken))
        {
            return Failure.Invalid("The form does not exist.");
        }

        return new Uri(options.PublicUrl, "forms/" + tokens.Create(new CrmFormLink(formId, conversation.ClientId, conversation.Id)));
    }

    /// <summary>Posts "title: link" in the conversation as the actor's reply (so the connector delivers it); returns the message id.</summary>
    public async Task<Outcome<long>> SendAsync(Actor actor, Guid conversationId, Guid formId, CancellationToken cancellationToken)
    {
        var link = await LinkAsync(actor, conversationId, formId, cancellationToken);
        if (!link.IsOk)
        {
            return new Outcome<long>(link.Kind, 0, link.Error);
        }

        var form = (await GetAsync(formId, cancellationToken)).Value!;
        return await messages.PostAsync(actor, conversationId, new NewMessage($"{form.Title}: {link.Value}"), cancellationToken);
    }

    private async Task<Outcome<CrmFormView>> SaveAsync(Actor actor, Guid? id, CrmFormInput input, CancellationToken cancellationToken)
    {
        if (!actor.IsAdministrator)
        {
            return Failure.Forbidden("only administrators manage CRM forms");
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var custom = await db.CustomFields.Select(f => f.Key).Distinct().ToListAsync(cancellationToken);
        if (Validate(input, custom) is { } invalid)
        {
            return invalid;
        }

        var form = id is { } existing ? await db.CrmForms.FirstOrDefaultAsync(f => f.Id == existing, cancellationToken) : null;
        if (id is not null && form is null)
        {
            return Failure.NotFound("form not found");
        }

        var now = clock.GetUtcNow();
        if (form is null)
        {
            form = new CrmForm { Id = Guid.NewGuid(), Name = "", Title = "", CreatedAt = now };
            db.CrmForms.Add(form);
        }

        var fields = input.Fields!.Select(f => f with { Target = f.Target.Trim(), Label = f.Label.Trim() }).ToList();
        (form.Name, form.Title, form.Fields, form.UpdatedAt) = (input.Name!.Trim(), (input.Title ?? input.Name)!.Trim(), JsonSerializer.Serialize(fields, CrmFormView.Json), now);
        await db.SaveChangesAsync(cancellationToken);
        return CrmFormView.From(form);
    }

    private static Failure? Validate(CrmFormInput input, List<string> customKeys)
    {
        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Trim().Length > 100 || input.Title?.Trim().Length > 200)
        {
            return Failure.Invalid("A form needs a name (at most 100 characters) and a title of at most 200.");
        }

        if (input.Fields is not { Count: > 0 and <= MaxFields } fields)
        {
            return Failure.Invalid($"A form needs 1 to {MaxFields} fields.");
        }

        foreach (var field in fields)
        {
            if (field is null || string.IsNullOrWhiteSpace(field.Label) || field.Label.Trim().Length > 100)
            {
                return Failure.Invalid("Every field needs a label of at most 100 characters.");
            }

            var target = field.Target?.Trim() ?? "";
            if (!CrmFormField.Standard.Contains(target) && !(target.StartsWith(CrmFormField.CustomPrefix, StringComparison.Ordinal) && customKeys.Contains(target[CrmFormField.CustomPrefix.Length..])))
            {
                return Failure.Invalid($"'{target}' is not a field of leads or contacts: use name, phone, email, company or custom:KEY of a defined custom field.");
            }
        }

        return fields.Select(f => f.Target.Trim()).Distinct().Count() == fields.Count ? null : Failure.Invalid("Each record field can be asked only once.");
    }
}
