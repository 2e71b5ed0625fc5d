namespace OpenChannels.Plugins.Viber;

/// <summary>Checks settings against Viber's own limits, so mistakes show in the form rather than as failed sends.</summary>
internal static class ViberSettingsValidator
{
    public static Dictionary<string, string> Validate(IReadOnlyDictionary<string, string> settings)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(Get(settings, ViberSettingKeys.AuthToken)))
        {
            errors[ViberSettingKeys.AuthToken] = "The bot's authentication token is required (Viber Partners site, bot details).";
        }

        var name = Get(settings, ViberSettingKeys.SenderName).Trim();
        if (name.Length == 0)
        {
            errors[ViberSettingKeys.SenderName] = "The sender name is required.";
        }
        else if (name.Length > ViberSettingKeys.MaxSenderNameLength)
        {
            errors[ViberSettingKeys.SenderName] = $"Viber allows at most {ViberSettingKeys.MaxSenderNameLength} characters in the sender name.";
        }

        CheckUrl(settings, ViberSettingKeys.SenderAvatar, "The avatar must be an absolute http or https URL.", errors);
        CheckUrl(settings, ViberSettingKeys.ApiBaseUrl, "The API base URL must be an absolute http or https URL.", errors);
        if (Get(settings, ViberSettingKeys.WelcomeMessage).Length > ViberSettingKeys.MaxTextLength)
        {
            errors[ViberSettingKeys.WelcomeMessage] = $"Viber allows at most {ViberSettingKeys.MaxTextLength} characters in a text message.";
        }

        return errors;
    }

    private static void CheckUrl(IReadOnlyDictionary<string, string> settings, string key, string message, Dictionary<string, string> errors)
    {
        var value = Get(settings, key).Trim();
        if (value.Length > 0 && !(Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            errors[key] = message;
        }
    }

    private static string Get(IReadOnlyDictionary<string, string> settings, string key) =>
        settings.TryGetValue(key, out var value) ? value ?? "" : "";
}
