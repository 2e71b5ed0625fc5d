namespace OpenChannels.Portal.Api;

/// <summary>The user an API key acts as.</summary>
public sealed record MeResponse(string Id, string Name, IReadOnlyList<string> Roles);
