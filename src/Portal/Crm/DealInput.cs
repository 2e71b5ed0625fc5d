namespace OpenChannels.Portal.Crm;

/// <summary>A deal as the API and the forms send it.</summary>
public sealed record DealInput(
    string? Title, DealStage? Stage = null, decimal? Amount = null, string? Currency = null, Guid? ContactId = null, Guid? LeadId = null,
    string? ResponsibleUserId = null);
