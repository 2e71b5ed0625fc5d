using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace OpenChannels.Portal.Common;

/// <summary>
/// Encrypts a settings dictionary at rest with the portal's Data Protection keys, under one purpose per kind of settings.
/// Protected text is base64url, so a stored value that is a JSON object is plain text written before encryption; it is read
/// as it is and encrypted at the next save.
/// </summary>
public abstract class SettingsProtector(IDataProtectionProvider provider, string purpose)
{
    // Accents and other scripts as UTF-8 rather than \uXXXX escapes, so the encrypted text stays close to the settings' size.
    private static readonly JsonSerializerOptions Compact = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly IDataProtector _protector = provider.CreateProtector(purpose);

    public string Protect(IReadOnlyDictionary<string, string> settings) => _protector.Protect(JsonSerializer.Serialize(settings, Compact));

    public Dictionary<string, string> Unprotect(string stored) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(stored.TrimStart().StartsWith('{') ? stored : _protector.Unprotect(stored)) ?? [];
}
