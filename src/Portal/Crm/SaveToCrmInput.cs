namespace OpenChannels.Portal.Crm;

/// <summary>"Save to CRM" from the chat: the deal to open, on the client's contact (made from their lead when they have none).</summary>
public sealed record SaveToCrmInput(string? DealTitle, decimal? Amount = null, string? Currency = null, string? Company = null);
