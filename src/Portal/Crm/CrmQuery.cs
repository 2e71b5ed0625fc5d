namespace OpenChannels.Portal.Crm;

/// <summary>A list request: free-text search, sort column (prefix '-' for descending) and a page.</summary>
public sealed record CrmQuery(string? Q = null, string? Sort = null, int Skip = 0, int Take = 50)
{
    public const int MaxTake = 500;

    /// <summary>Narrows activities to one record's timeline.</summary>
    public Guid? LeadId { get; init; }

    public Guid? ContactId { get; init; }

    public Guid? DealId { get; init; }

    /// <summary>Lead status ("New", "InProgress", ...), for leads.</summary>
    public LeadStatus? Status { get; init; }

    /// <summary>Deal stage, for deals.</summary>
    public DealStage? Stage { get; init; }

    /// <summary>The responsible employee's user id; "none" for records nobody is responsible for.</summary>
    public string? Responsible { get; init; }

    public const string Nobody = "none";

    public bool Descending => Sort?.StartsWith('-') == true;

    public string SortField => (Sort ?? "").TrimStart('-').ToLowerInvariant();
}
