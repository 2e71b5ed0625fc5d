using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace OpenChannels.Portal.Connections;

/// <summary>Encrypts connection settings at rest (they hold bot tokens and app secrets) with the portal's Data Protection keys.</summary>
public sealed class ConnectionSettingsProtector(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("OpenChannels.Connections.Settings.v1");

    public string Protect(IReadOnlyDictionary<string, string> settings) => _protector.Protect(JsonSerializer.Serialize(settings));

    public Dictionary<string, string> Unprotect(string stored) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(_protector.Unprotect(stored)) ?? [];
}
