namespace OpenChannels.Portal.Crm;

/// <summary>The CRM record a chat client is linked to, as the chat sidebar shows it.</summary>
public sealed record CrmRecordRef(Guid? LeadId, Guid? ContactId, string Name, string? Phone, string? Email)
{
    public string Url => ContactId is { } c ? $"/crm/contacts/{c}" : $"/crm/leads/{LeadId}";
}
