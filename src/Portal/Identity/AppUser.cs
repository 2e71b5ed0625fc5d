using Microsoft.AspNetCore.Identity;

namespace OpenChannels.Portal.Identity;

/// <summary>An employee account.</summary>
public sealed class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>Disabled users cannot sign in, and their sessions end at the next validation.</summary>
    public bool IsDisabled { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The UI culture the user chose (en, pt-BR or fr); null follows the browser.</summary>
    public string? PreferredCulture { get; set; }
}
