namespace OpenChannels.Portal.Crm;

/// <summary>A form as the API and the editor send it.</summary>
public sealed record CrmFormInput(string? Name, string? Title, IReadOnlyList<CrmFormField>? Fields);
