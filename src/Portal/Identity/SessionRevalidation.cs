using System.Globalization;
using Microsoft.AspNetCore.Identity;

namespace OpenChannels.Portal.Identity;

/// <summary>
/// How often sign-in cookies and open circuits are checked against the user's security stamp: every minute, or
/// OPENCHANNELS_SESSION_REVALIDATE_SECONDS (the end-to-end tests use a few seconds so they need not wait a minute).
/// </summary>
public static class SessionRevalidation
{
    public const string Setting = "OPENCHANNELS_SESSION_REVALIDATE_SECONDS";

    public static void Configure(SecurityStampValidatorOptions options, IConfiguration configuration)
    {
        var text = configuration[Setting];
        options.ValidationInterval = string.IsNullOrWhiteSpace(text)
            ? TimeSpan.FromMinutes(1)
            : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds > 0
                ? TimeSpan.FromSeconds(seconds)
                : throw new InvalidOperationException($"{Setting} must be a whole number of seconds above 0, not '{text}'.");
    }
}
