using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace OpenChannels.Portal.Widget;

/// <summary>
/// Issues and reads visitor tokens with Data Protection: encrypted and authenticated, bound to one connection by the purpose
/// (a token of one site is worthless on another), and time-limited. A visitor id is 128 random bits, never guessable.
/// </summary>
public sealed class VisitorTokens(IDataProtectionProvider provider, WidgetOptions options, TimeProvider clock)
{
    public static VisitorToken NewVisitor() => new("v" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)));

    public string Issue(Guid connectionId, VisitorToken token) =>
        Protector(connectionId).Protect(JsonSerializer.Serialize(token), clock.GetUtcNow() + options.TokenLifetime);

    /// <summary>The token's visitor, or null when it is missing, tampered with, expired or from another connection.</summary>
    public VisitorToken? Read(Guid connectionId, string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 4096)
        {
            return null;
        }

        try
        {
            var json = Protector(connectionId).Unprotect(token, out var expires);
            return expires < clock.GetUtcNow() ? null : JsonSerializer.Deserialize<VisitorToken>(json) is { VisitorId.Length: 33 } visitor ? visitor : null;
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException or JsonException)
        {
            return null;
        }
    }

    /// <summary>The token from <c>Authorization: Bearer …</c>.</summary>
    public VisitorToken? Read(Guid connectionId, HttpRequest request) =>
        request.Headers.Authorization.ToString() is { } header && header.StartsWith("Bearer ", StringComparison.Ordinal) ? Read(connectionId, header[7..].Trim()) : null;

    private ITimeLimitedDataProtector Protector(Guid connectionId) =>
        provider.CreateProtector("OpenChannels.Widget.Visitor", connectionId.ToString("N")).ToTimeLimitedDataProtector();
}
