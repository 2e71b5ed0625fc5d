namespace OpenChannels.Portal.Crm;

/// <summary>Body of <c>PUT /api/v1/conversations/{id}/crm/link</c>: the lead or the contact the chat's client is.</summary>
public sealed record CrmLinkInput(Guid? LeadId, Guid? ContactId);
