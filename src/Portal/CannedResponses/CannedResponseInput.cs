namespace OpenChannels.Portal.CannedResponses;

/// <summary>Body of <c>POST|PUT /api/v1/canned-responses</c>: <c>{"shortcut":"thanks","text":"Thank you, {client.name}!","shared":false}</c>.</summary>
public sealed record CannedResponseInput(string? Shortcut, string? Text, bool Shared = false);
