using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using OpenChannels.Abstractions.Manifest;

namespace OpenChannels.Portal.Plugins;

/// <summary>Reads and checks <c>plugin.json</c> before any plugin code is loaded.</summary>
public static partial class PluginManifestReader
{
    public const string FileName = "plugin.json";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Returns the manifest, or the reason it cannot be used.</summary>
    public static (ConnectorManifest? Manifest, string? Error) Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            return (null, $"{FileName} is missing");
        }

        ConnectorManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<ConnectorManifest>(File.ReadAllBytes(path), Options);
        }
        catch (JsonException ex)
        {
            return (null, $"{FileName} is not valid: {ex.Message}");
        }

        if (manifest is null)
        {
            return (null, $"{FileName} is empty");
        }

        if (!IdPattern().IsMatch(manifest.Id))
        {
            return (manifest, $"plugin id '{manifest.Id}' must be 2-40 lower-case letters, digits or dashes");
        }

        if (manifest.Assembly.Contains("..", StringComparison.Ordinal) || Path.IsPathRooted(manifest.Assembly) || !File.Exists(Path.Combine(folder, manifest.Assembly)))
        {
            return (manifest, $"assembly '{manifest.Assembly}' named in {FileName} is not in the plugin folder");
        }

        if (manifest.MaxFileMb is <= 0)
        {
            return (manifest, $"\"maxFileMb\" in {FileName} must be a whole number of megabytes above 0");
        }

        return (manifest, AbiCompatibility.CheckManifest(manifest.TargetAbi) ?? CheckProvides(manifest));
    }

    // A 1.1 host ignores "provides" and would look for a connector, so a bot plugin must say it needs 1.2.
    private static string? CheckProvides(ConnectorManifest manifest)
    {
        if (manifest.Provides.Count == 0)
        {
            return $"\"provides\" in {FileName} is empty: list \"connector\", \"bot\" or both";
        }

        return manifest.Provides.Contains(PluginFeature.Bot) && Version.Parse(manifest.TargetAbi) < new Version(1, 2)
            ? $"a plugin that provides a bot targets Abstractions 1.2 or later, not {manifest.TargetAbi}"
            : null;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,39}$")]
    private static partial Regex IdPattern();
}
