namespace OpenChannels.Portal.Crm;

/// <summary>One page of a list, with the number of records that match, for paging.</summary>
public sealed record CrmPage<T>(IReadOnlyList<T> Items, int Total);
