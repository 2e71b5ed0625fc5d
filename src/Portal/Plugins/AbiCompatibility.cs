using OpenChannels.Abstractions;

namespace OpenChannels.Portal.Plugins;

/// <summary>
/// The compatibility rule: a plugin may target the host's contract major with a minor no newer than the host's.
/// The host also reads the Abstractions version the plugin assembly actually references and applies the same rule.
/// </summary>
public static class AbiCompatibility
{
    public static Version Host { get; } = Version.Parse(AbiVersion.Current);

    /// <summary>Returns null when compatible, otherwise a reason a partner understands.</summary>
    public static string? Check(Version target, string what)
    {
        if (target.Major != Host.Major || target.Minor > Host.Minor)
        {
            return $"{what} Abstractions {target.Major}.{target.Minor}; this portal provides {Host.Major}.{Host.Minor}";
        }

        return null;
    }

    public static string? CheckManifest(string targetAbi) =>
        Version.TryParse(targetAbi, out var version)
            ? Check(version, "targets")
            : $"targetAbi '{targetAbi}' is not a major.minor version";
}
