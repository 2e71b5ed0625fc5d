using Microsoft.AspNetCore.DataProtection;

namespace OpenChannels.Portal.Crm;

/// <summary>
/// The signed, unguessable part of a form link: which form, for which client, from which conversation. Encrypted and authenticated
/// with the portal's data-protection keys and valid for <see cref="Lifetime"/>, so a link cannot be forged, altered or reused forever.
/// </summary>
public sealed class CrmFormTokens(IDataProtectionProvider provider)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(30);

    private readonly ITimeLimitedDataProtector _protector = provider.CreateProtector("OpenChannels.Crm.Forms.v1").ToTimeLimitedDataProtector();

    public string Create(CrmFormLink link) => _protector.Protect($"{link.FormId:N}.{link.ClientId:N}.{link.ConversationId:N}", Lifetime);

    public CrmFormLink? Read(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 1000)
        {
            return null;
        }

        try
        {
            var parts = _protector.Unprotect(token).Split('.');
            return parts.Length == 3 && Guid.TryParse(parts[0], out var form) && Guid.TryParse(parts[1], out var client) && Guid.TryParse(parts[2], out var conversation)
                ? new CrmFormLink(form, client, conversation)
                : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}
