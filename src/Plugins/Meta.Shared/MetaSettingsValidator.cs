using System.Text.RegularExpressions;
using OpenChannels.Abstractions.Lifecycle;

namespace OpenChannels.Plugins.Meta;

/// <summary>Settings checks shared by the Meta connectors, each with a message an administrator understands.</summary>
internal static partial class MetaSettingsValidator
{
    public const string DefaultGraphBaseUrl = "https://graph.facebook.com";
    public const string DefaultGraphVersion = "v25.0";

    /// <param name="settings">The settings to check.</param>
    /// <param name="required">Required keys with their labels.</param>
    /// <param name="numericIdKey">The key holding the account's numeric Graph id.</param>
    public static SettingsValidation Validate(IReadOnlyDictionary<string, string> settings, IReadOnlyList<(string Key, string Label)> required, string numericIdKey)
    {
        var errors = new Dictionary<string, string>();
        foreach (var (key, label) in required)
        {
            if (string.IsNullOrWhiteSpace(settings.GetValueOrDefault(key)))
            {
                errors[key] = $"{label} is required.";
            }
        }

        if (!errors.ContainsKey(numericIdKey) && !NumericId().IsMatch(settings[numericIdKey].Trim()))
        {
            errors[numericIdKey] = "This must be the numeric id Meta shows for the account (digits only).";
        }

        var baseUrl = settings.GetValueOrDefault("graphBaseUrl");
        if (!string.IsNullOrWhiteSpace(baseUrl) && !(Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            errors["graphBaseUrl"] = "The Graph API base URL must be an absolute http or https URL, such as https://graph.facebook.com.";
        }

        var version = settings.GetValueOrDefault("graphVersion");
        if (!string.IsNullOrWhiteSpace(version) && !GraphVersion().IsMatch(version.Trim()))
        {
            errors["graphVersion"] = "The Graph API version looks like v25.0.";
        }

        return new SettingsValidation(errors);
    }

    [GeneratedRegex(@"^\d{1,40}$")]
    private static partial Regex NumericId();

    [GeneratedRegex(@"^v\d{1,3}\.\d{1,3}$")]
    private static partial Regex GraphVersion();
}
