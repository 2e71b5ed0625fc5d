namespace OpenChannels.Abstractions.Inbound;

/// <summary>A client as the messenger knows them.</summary>
/// <param name="Id">The messenger's stable user id.</param>
/// <param name="Name">Display name; the host renders it as text.</param>
/// <param name="AvatarUrl">Optional avatar URL; the host fetches it with SSRF limits or not at all.</param>
/// <param name="LanguageCode">Optional IETF language tag reported by the messenger.</param>
/// <param name="Username">Optional handle, such as a Telegram username.</param>
/// <param name="Phone">Optional phone number, used to match a returning client.</param>
/// <param name="Email">Optional e-mail address, used to match a returning client.</param>
public sealed record ExternalUser(
    string Id,
    string Name,
    string? AvatarUrl = null,
    string? LanguageCode = null,
    string? Username = null,
    string? Phone = null,
    string? Email = null);
