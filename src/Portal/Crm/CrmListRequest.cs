namespace OpenChannels.Portal.Crm;

/// <summary>The query string of a CRM list or export.</summary>
public sealed record CrmListRequest(string? Q, string? Sort, int? Skip, int? Take, Guid? LeadId, Guid? ContactId, Guid? DealId)
{
    public LeadStatus? Status { get; init; }

    public DealStage? Stage { get; init; }

    public string? Responsible { get; init; }

    public CrmQuery ToQuery() => new(Q, Sort, Skip ?? 0, Take ?? 50)
    {
        LeadId = LeadId, ContactId = ContactId, DealId = DealId, Status = Status, Stage = Stage, Responsible = string.IsNullOrWhiteSpace(Responsible) ? null : Responsible,
    };
}
