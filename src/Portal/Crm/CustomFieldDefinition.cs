namespace OpenChannels.Portal.Crm;

/// <summary>An extra field administrators add to leads or contacts; values live in the record's <c>CustomFields</c> JSON.</summary>
public sealed class CustomFieldDefinition
{
    public Guid Id { get; set; }

    /// <summary>"Lead" or "Contact".</summary>
    public required string Entity { get; set; }

    public required string Key { get; set; }

    public required string Label { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
