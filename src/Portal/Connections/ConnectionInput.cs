namespace OpenChannels.Portal.Connections;

/// <summary>Body of <c>POST /api/v1/channels/{id}/connections</c>: <c>{"connector":"telegram","settings":{...}}</c>.</summary>
public sealed record ConnectionInput(string Connector, Dictionary<string, string>? Settings, string? Name = null);
