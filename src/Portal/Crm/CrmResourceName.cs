namespace OpenChannels.Portal.Crm;

/// <summary>Endpoint metadata: the resource's path segment ("leads"), for Location headers and file names.</summary>
public sealed record CrmResourceName(string Name);
