namespace OpenChannels.Portal.Crm;

/// <summary>Which CRM record a messenger client is: one lead or one contact (a contact wins once the lead is converted).</summary>
public sealed class ClientLink
{
    public Guid ClientId { get; set; }

    public Guid? LeadId { get; set; }

    public Guid? ContactId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
