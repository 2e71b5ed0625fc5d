namespace OpenChannels.Portal.Crm;

/// <summary>An organisation contacts work for; created when a contact names a company the CRM does not know yet.</summary>
public sealed class Company
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
