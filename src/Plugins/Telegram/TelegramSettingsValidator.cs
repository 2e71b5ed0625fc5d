using System.Text.RegularExpressions;
using OpenChannels.Abstractions.Lifecycle;

namespace OpenChannels.Plugins.Telegram;

/// <summary>Checks settings before they are saved, so that a typo shows in the form rather than as a failed activation.</summary>
internal static partial class TelegramSettingsValidator
{
    public static SettingsValidation Validate(IReadOnlyDictionary<string, string> settings)
    {
        var errors = new Dictionary<string, string>();
        var token = settings.GetValueOrDefault(TelegramSettings.BotTokenKey)?.Trim() ?? "";
        if (token.Length == 0)
        {
            errors[TelegramSettings.BotTokenKey] = "The bot token is required: create a bot with @BotFather and paste its token.";
        }
        else if (!BotToken().IsMatch(token))
        {
            errors[TelegramSettings.BotTokenKey] = "This does not look like a bot token: it should read <digits>:<about 35 letters, digits, _ or ->.";
        }

        var secret = settings.GetValueOrDefault(TelegramSettings.SecretTokenKey)?.Trim() ?? "";
        if (secret.Length > 0 && !IsValidSecretToken(secret))
        {
            errors[TelegramSettings.SecretTokenKey] = "The secret token must be 1-256 characters of A-Z, a-z, 0-9, _ and - (leave it empty to generate one).";
        }

        var url = settings.GetValueOrDefault(TelegramSettings.ApiBaseUrlKey)?.Trim() ?? "";
        if (url.Length > 0 && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            errors[TelegramSettings.ApiBaseUrlKey] = "The Bot API base URL must be an absolute http or https URL.";
        }

        return new SettingsValidation(errors);
    }

    /// <summary>Telegram's own rule for <c>secret_token</c>.</summary>
    public static bool IsValidSecretToken(string value) => SecretToken().IsMatch(value);

    [GeneratedRegex(@"^[0-9]{1,20}:[A-Za-z0-9_-]{30,64}$")]
    private static partial Regex BotToken();

    [GeneratedRegex(@"^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretToken();
}
