namespace OpenChannels.Portal.Crm;

/// <summary>A sale in progress along the <see cref="DealStage"/> pipeline.</summary>
public sealed class Deal : ICrmRecord
{
    public Guid Id { get; set; }

    public required string Title { get; set; }

    public DealStage Stage { get; set; }

    public decimal Amount { get; set; }

    /// <summary>ISO 4217 code.</summary>
    public string Currency { get; set; } = "USD";

    public Guid? ContactId { get; set; }

    public Guid? LeadId { get; set; }

    public string? ResponsibleUserId { get; set; }

    public Guid? ChannelId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
