using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Channels;
using OpenChannels.Portal.Common;
using OpenChannels.Portal.Conversations;
using OpenChannels.Portal.Data;

namespace OpenChannels.Portal.Crm;

/// <summary>
/// The CRM from a chat: which record the client is, "Save to CRM" (the contact, made from the lead if needed, and a deal on it) and
/// editing the client's details on that record. Every call checks the actor may see the conversation first.
/// </summary>
public sealed class CrmChatService(IDbContextFactory<AppDbContext> factory, LeadService leads, ContactService contacts, DealService deals, TimeProvider clock)
{
    public async Task<Outcome<CrmRecordRef?>> RecordAsync(Actor actor, Guid conversationId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (await ConversationAsync(db, actor, conversationId, cancellationToken) is not { } conversation)
        {
            return Failure.NotFound("conversation not found");
        }

        var (leadId, contactId) = await CrmMatcher.FindAsync(db, conversation.Client!, cancellationToken);
        if (contactId is { } c && await db.Contacts.AsNoTracking().FirstOrDefaultAsync(x => x.Id == c, cancellationToken) is { } contact)
        {
            return new CrmRecordRef(null, c, contact.Name, contact.Phone, contact.Email);
        }

        return leadId is { } l && await db.Leads.AsNoTracking().FirstOrDefaultAsync(x => x.Id == l, cancellationToken) is { } lead
            ? new CrmRecordRef(l, null, lead.Name, lead.Phone, lead.Email)
            : (CrmRecordRef?)null;
    }

    /// <summary>Creates the contact (from the lead, which becomes converted, or from the client) unless there is one, then the deal.</summary>
    public async Task<Outcome<Deal>> SaveAsync(Actor actor, Guid conversationId, SaveToCrmInput input, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(input.DealTitle))
        {
            return Failure.Invalid("A deal needs a title.");
        }

        var contactId = await EnsureContactAsync(actor, conversationId, input.Company, cancellationToken);
        if (!contactId.IsOk)
        {
            return Failure.NotFound(contactId.Error ?? "conversation not found");
        }

        return await deals.CreateAsync(actor, new DealInput(input.DealTitle, DealStage.New, input.Amount, input.Currency, ContactId: contactId.Value, ResponsibleUserId: actor.UserId), cancellationToken);
    }

    /// <summary>Changes the name, phone and e-mail on the client's CRM record (creating a contact when they have none).</summary>
    public async Task<Outcome<CrmRecordRef?>> EditDetailsAsync(Actor actor, Guid conversationId, ContactInput details, CancellationToken cancellationToken)
    {
        var current = await RecordAsync(actor, conversationId, cancellationToken);
        if (!current.IsOk)
        {
            return current;
        }

        if (current.Value?.LeadId is { } leadId)
        {
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            var lead = await db.Leads.FirstAsync(l => l.Id == leadId, cancellationToken);
            var invalid = string.IsNullOrWhiteSpace(details.Name) ? Failure.Invalid("A name is needed.") : CrmFields.Email(Blank(details.Email));
            if (invalid is not null)
            {
                return invalid;
            }

            (lead.Name, lead.Phone, lead.Email, lead.UpdatedAt) = (details.Name!.Trim(), Blank(details.Phone), Blank(details.Email), clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
        }
        else
        {
            var contactId = current.Value?.ContactId ?? (await EnsureContactAsync(actor, conversationId, null, cancellationToken)).Value;
            var existing = await contacts.GetAsync(actor, contactId, cancellationToken);
            var updated = await contacts.UpdateAsync(actor, contactId, details with { Company = details.Company ?? existing.Value?.CompanyName, CustomFields = null, ResponsibleUserId = existing.Value?.ResponsibleUserId }, cancellationToken);
            if (!updated.IsOk)
            {
                return new Outcome<CrmRecordRef?>(updated.Kind, null, updated.Error);
            }
        }

        return await RecordAsync(actor, conversationId, cancellationToken);
    }

    /// <summary>
    /// Links the chat's client to another lead or contact (the agent found them already in the CRM): the client's chat and form
    /// activities move with them, so the record shows every conversation of theirs.
    /// </summary>
    public async Task<Outcome<CrmRecordRef?>> LinkAsync(Actor actor, Guid conversationId, CrmLinkInput input, CancellationToken cancellationToken)
    {
        if ((input.LeadId is null) == (input.ContactId is null))
        {
            return Failure.Invalid("Name either a leadId or a contactId.");
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (await ConversationAsync(db, actor, conversationId, cancellationToken) is not { } conversation)
        {
            return Failure.NotFound("conversation not found");
        }

        var found = input.LeadId is { } l ? (await leads.GetAsync(actor, l, cancellationToken)).IsOk : (await contacts.GetAsync(actor, input.ContactId!.Value, cancellationToken)).IsOk;
        if (!found)
        {
            return Failure.Invalid("The lead or contact was not found.");
        }

        var clientId = conversation.ClientId;
        var link = await db.ClientLinks.FirstOrDefaultAsync(k => k.ClientId == clientId, cancellationToken);
        if (link is null)
        {
            link = new ClientLink { ClientId = clientId, CreatedAt = clock.GetUtcNow() };
            db.ClientLinks.Add(link);
        }

        (link.LeadId, link.ContactId) = (input.LeadId, input.ContactId);
        var conversations = db.Conversations.Where(c => c.ClientId == clientId).Select(c => (Guid?)c.Id);
        await db.Activities.Where(a => conversations.Contains(a.ConversationId))
            .ExecuteUpdateAsync(u => u.SetProperty(a => a.LeadId, input.LeadId).SetProperty(a => a.ContactId, input.ContactId), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await RecordAsync(actor, conversationId, cancellationToken);
    }

    private async Task<Outcome<Guid>> EnsureContactAsync(Actor actor, Guid conversationId, string? company, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (await ConversationAsync(db, actor, conversationId, cancellationToken) is not { } conversation)
        {
            return Failure.NotFound("conversation not found");
        }

        var client = conversation.Client!;
        var (leadId, contactId) = await CrmMatcher.FindAsync(db, client, cancellationToken);
        if (contactId is { } existing)
        {
            return existing;
        }

        var lead = leadId is { } l ? await db.Leads.FirstOrDefaultAsync(x => x.Id == l, cancellationToken) : null;
        var now = clock.GetUtcNow();
        var contact = new Contact
        {
            Id = Guid.NewGuid(), Name = lead?.Name ?? client.Name, Phone = lead?.Phone ?? client.Phone, Email = lead?.Email ?? client.Email,
            CompanyName = Blank(company), ResponsibleUserId = lead?.ResponsibleUserId ?? actor.UserId, ChannelId = conversation.ChannelId,
            CustomFields = lead?.CustomFields, CreatedAt = now, UpdatedAt = now,
        };
        db.Contacts.Add(contact);
        if (lead is not null)
        {
            (lead.Status, lead.ContactId, lead.UpdatedAt) = (LeadStatus.Converted, contact.Id, now);
            await db.Activities.Where(a => a.LeadId == lead.Id).ExecuteUpdateAsync(u => u.SetProperty(a => a.ContactId, contact.Id), cancellationToken);
            await db.ClientLinks.Where(k => k.LeadId == lead.Id).ExecuteUpdateAsync(u => u.SetProperty(k => k.ContactId, contact.Id), cancellationToken);
            await db.CommentAuthorLinks.Where(k => k.LeadId == lead.Id).ExecuteUpdateAsync(u => u.SetProperty(k => k.ContactId, contact.Id), cancellationToken);
        }

        if (!await db.ClientLinks.AnyAsync(k => k.ClientId == client.Id, cancellationToken))
        {
            db.ClientLinks.Add(new ClientLink { ClientId = client.Id, ContactId = contact.Id, CreatedAt = now });
        }

        await db.SaveChangesAsync(cancellationToken);
        return contact.Id;
    }

    private static async Task<Conversation?> ConversationAsync(AppDbContext db, Actor actor, Guid id, CancellationToken cancellationToken)
    {
        var conversation = await db.Conversations.AsNoTracking().Include(c => c.Client).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        return conversation?.Client is not null && await ChannelAccess.CanSeeConversationAsync(db, actor, conversation, cancellationToken) ? conversation : null;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
