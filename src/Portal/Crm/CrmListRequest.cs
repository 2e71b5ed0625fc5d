namespace OpenChannels.Portal.Crm;

/// <summary>The query string of a CRM list or export.</summary>
public sealed record CrmListRequest(string? Q, string? Sort, int? Skip, int? Take, Guid? LeadId, Guid? ContactId, Guid? DealId)
{
    public CrmQuery ToQuery() => new(Q, Sort, Skip ?? 0, Take ?? 50) { LeadId = LeadId, ContactId = ContactId, DealId = DealId };
}
