namespace OpenChannels.Portal.Conversations;

/// <summary>A client as the chat screen's sidebar shows them.</summary>
public sealed record ClientDetails(
    string Name,
    string ExternalUserId,
    string? Username,
    string? Phone,
    string? Email,
    string? LanguageCode,
    string? AvatarUrl,
    bool Reachable);
