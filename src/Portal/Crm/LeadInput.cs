namespace OpenChannels.Portal.Crm;

/// <summary>A lead as the API and the forms send it; PUT replaces every field.</summary>
public sealed record LeadInput(
    string? Name, string? Phone = null, string? Email = null, LeadStatus? Status = null, string? ResponsibleUserId = null,
    Dictionary<string, string>? CustomFields = null);
