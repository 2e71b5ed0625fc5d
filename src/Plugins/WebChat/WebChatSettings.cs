using System.Globalization;
using System.Text.RegularExpressions;
using OpenChannels.Abstractions.Lifecycle;

namespace OpenChannels.Plugins.WebChat;

/// <summary>The connection's settings (keys as in plugin.json) and their checks.</summary>
internal static partial class WebChatSettings
{
    public const string AllowedOrigins = "allowedOrigins";
    public const string Color = "color";
    public const string MaxFileMb = "maxFileMb";
    public const string MaxMessageLength = "maxMessageLength";
    public const string RelaySecret = "relaySecret";

    public static SettingsValidation Validate(IReadOnlyDictionary<string, string> settings)
    {
        var errors = new Dictionary<string, string>();
        var origins = settings.GetValueOrDefault(AllowedOrigins, "").Split(['\n', '\r', ',', ' '], StringSplitOptions.RemoveEmptyEntries);
        if (origins.Length == 0)
        {
            errors[AllowedOrigins] = "Name at least one website origin, such as https://www.example.com.";
        }
        else if (origins.FirstOrDefault(o => !IsOrigin(o)) is { } bad)
        {
            errors[AllowedOrigins] = $"'{bad}' is not an origin: write the scheme, host and port only, such as https://www.example.com.";
        }

        if (settings.GetValueOrDefault(Color) is { Length: > 0 } color && !ColorPattern().IsMatch(color))
        {
            errors[Color] = "The colour must be written as #rrggbb.";
        }

        CheckRange(settings, MaxFileMb, 1, 50, errors);
        CheckRange(settings, MaxMessageLength, 1, 10_000, errors);
        return new SettingsValidation(errors);
    }

    private static bool IsOrigin(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.AbsolutePath == "/"
        && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment) && !value.TrimEnd('/').EndsWith(':');

    private static void CheckRange(IReadOnlyDictionary<string, string> settings, string key, int min, int max, Dictionary<string, string> errors)
    {
        if (settings.GetValueOrDefault(key) is { Length: > 0 } text
            && !(int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max))
        {
            errors[key] = $"Write a whole number from {min} to {max}.";
        }
    }

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex ColorPattern();
}
