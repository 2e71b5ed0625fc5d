namespace OpenChannels.Portal.Crm;

/// <summary>A known customer.</summary>
public sealed class Contact : ICrmRecord
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public Guid? CompanyId { get; set; }

    /// <summary>The company's name, kept with the contact so lists and exports need no join.</summary>
    public string? CompanyName { get; set; }

    public string? ResponsibleUserId { get; set; }

    public Guid? ChannelId { get; set; }

    public string? CustomFields { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
