namespace OpenChannels.Portal.Widget;

/// <summary>The offline form: who to answer and the message, which becomes a conversation.</summary>
public sealed record OfflineInput(string? Id, string? Name, string? Email, string? Phone, string? Text, string? Lang);
