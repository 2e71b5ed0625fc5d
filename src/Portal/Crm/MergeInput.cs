namespace OpenChannels.Portal.Crm;

/// <summary>The record to merge into the one addressed; it is deleted once everything it held has moved.</summary>
public sealed record MergeInput(Guid OtherId);
