namespace OpenChannels.Portal.Crm;

/// <summary>A contact as the API and the forms send it; <see cref="Company"/> names the company, created when new.</summary>
public sealed record ContactInput(
    string? Name, string? Phone = null, string? Email = null, string? Company = null, string? ResponsibleUserId = null,
    Dictionary<string, string>? CustomFields = null);
