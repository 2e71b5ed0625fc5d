namespace OpenChannels.Portal.Crm;

/// <summary>Someone who may become a customer: created by hand or from a new client's first chat.</summary>
public sealed class Lead : ICrmRecord
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public LeadStatus Status { get; set; }

    public string? ResponsibleUserId { get; set; }

    public Guid? ChannelId { get; set; }

    /// <summary>Who the client is on the messenger (connector and account), for a lead made from a chat.</summary>
    public string? ChannelIdentity { get; set; }

    /// <summary>Values of administrator-defined fields, as a JSON object keyed by <see cref="CustomFieldDefinition.Key"/>.</summary>
    public string? CustomFields { get; set; }

    /// <summary>The contact the lead became once converted.</summary>
    public Guid? ContactId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
