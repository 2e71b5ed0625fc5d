using Microsoft.AspNetCore.Identity;

namespace OpenChannels.Portal.Identity;

/// <summary>Password sign-in with lockout: every failure counts, and the fifth in a row locks the account.</summary>
public sealed partial class LoginService(SignInManager<AppUser> signIn, UserManager<AppUser> users, ILogger<LoginService> logger)
{
    public async Task<LoginOutcome> PasswordSignInAsync(string email, string password, bool remember)
    {
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            LogFailed(logger, "unknown user");
            return LoginOutcome.Invalid;
        }

        if (user.IsDisabled)
        {
            LogFailed(logger, "disabled user");
            return LoginOutcome.Disabled;
        }

        var result = await signIn.PasswordSignInAsync(user, password, remember, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LoginOutcome.Succeeded;
        }

        LogFailed(logger, result.IsLockedOut ? "locked out" : "wrong password");
        return result.IsLockedOut ? LoginOutcome.LockedOut : LoginOutcome.Invalid;
    }

    /// <summary>Only local paths are followed after sign-in, so the login page cannot be used as an open redirect.</summary>
    public static string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : "/";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in failed: {Reason}")]
    private static partial void LogFailed(ILogger logger, string reason);
}
