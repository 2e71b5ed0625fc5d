using System.Globalization;

namespace OpenChannels.Portal.Plugins.Packages;

/// <summary>Writes a byte limit the way administrators configure it (OPENCHANNELS_PLUGIN_MAX_PACKAGE_MB).</summary>
internal static class PackageLimits
{
    public static string Describe(long bytes) => (bytes / (1024.0 * 1024)).ToString("0.##", CultureInfo.InvariantCulture) + " MB";
}
