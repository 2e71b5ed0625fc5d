using OpenChannels.Abstractions.Manifest;
using OpenChannels.Portal.Plugins;

namespace OpenChannels.Portal.Connections;

/// <summary>Checks submitted settings against the plugin's manifest: defaults filled, required ones present, unknown keys refused.</summary>
public static class ConnectionSettings
{
    public const string Mask = "••••••";

    public static (Dictionary<string, string> Settings, string? Error) Normalize(
        PluginInfo manifest, IReadOnlyDictionary<string, string>? submitted, IReadOnlyDictionary<string, string>? previous = null) =>
        Normalize(manifest.Settings, manifest.Name, submitted, previous);

    /// <summary>The same check against any list of descriptors (a bot plugin's <c>botSettings</c>, say), owned by <paramref name="owner"/>.</summary>
    public static (Dictionary<string, string> Settings, string? Error) Normalize(
        IReadOnlyList<SettingDescriptor> descriptors, string owner, IReadOnlyDictionary<string, string>? submitted, IReadOnlyDictionary<string, string>? previous = null)
    {
        submitted ??= new Dictionary<string, string>();
        var known = descriptors.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        if (submitted.Keys.FirstOrDefault(k => !known.Contains(k)) is { } unknown)
        {
            return ([], $"'{unknown}' is not a setting of {owner}.");
        }

        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var setting in descriptors)
        {
            var value = submitted.GetValueOrDefault(setting.Key)?.Trim();

            // An empty or masked secret on an edit keeps the stored one: the form never receives secrets back.
            if (setting.Secret && (string.IsNullOrEmpty(value) || value == Mask) && previous?.GetValueOrDefault(setting.Key) is { } kept)
            {
                value = kept;
            }

            value = string.IsNullOrEmpty(value) ? setting.DefaultValue ?? "" : value;
            if (setting.Required && value.Length == 0)
            {
                return ([], $"'{setting.Label}' is required.");
            }

            if (value.Length > 8000)
            {
                return ([], $"'{setting.Label}' is too long.");
            }

            result[setting.Key] = value;
        }

        return (result, null);
    }

    public static IReadOnlyDictionary<string, string> Masked(PluginInfo? manifest, IReadOnlyDictionary<string, string> settings) =>
        Masked(manifest?.Settings ?? [], settings);

    public static IReadOnlyDictionary<string, string> Masked(IReadOnlyList<SettingDescriptor> descriptors, IReadOnlyDictionary<string, string> settings) =>
        settings.ToDictionary(
            kv => kv.Key,
            kv => descriptors.FirstOrDefault(s => s.Key == kv.Key) is { Secret: false } ? kv.Value : kv.Value.Length == 0 ? "" : Mask);
}
