using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using OpenChannels.Portal.Hosting;

namespace OpenChannels.Portal.Widget;

/// <summary>
/// Download links of files in a visitor's conversation: <c>/widget/{connection}/files/{file}?s=…</c>, where the signature binds
/// the file to the visitor and expires, so an <c>img</c> tag can load it without the token and nobody else can.
/// </summary>
public sealed class WidgetFileLinks(IDataProtectionProvider provider, PortalOptions options, TimeProvider clock)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(12);

    public string Create(Guid connectionId, string visitorId, Guid fileId) =>
        new Uri(options.PublicUrl, $"widget/{connectionId}/files/{fileId}?s={Uri.EscapeDataString(Protector(connectionId).Protect($"{visitorId}|{fileId:N}", clock.GetUtcNow() + Lifetime))}").ToString();

    /// <summary>The visitor the link was made for, or null when it is not a valid, unexpired link for this file.</summary>
    public string? Read(Guid connectionId, Guid fileId, string? signature)
    {
        if (string.IsNullOrEmpty(signature) || signature.Length > 2048)
        {
            return null;
        }

        try
        {
            var parts = Protector(connectionId).Unprotect(signature, out _).Split('|');
            return parts is [var visitor, var file] && file == fileId.ToString("N") ? visitor : null;
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException)
        {
            return null;
        }
    }

    private ITimeLimitedDataProtector Protector(Guid connectionId) =>
        provider.CreateProtector("OpenChannels.Widget.File", connectionId.ToString("N")).ToTimeLimitedDataProtector();
}
