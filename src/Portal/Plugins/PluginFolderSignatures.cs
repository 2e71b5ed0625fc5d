using System.Globalization;
using System.Text;

namespace OpenChannels.Portal.Plugins;

/// <summary>
/// A cheap summary (names, sizes, write times) of every plugin folder, compared between polls to see what changed. Reading it
/// costs a few stat calls per plugin, and it sees every kind of change, including folders moved in from elsewhere.
/// </summary>
internal static class PluginFolderSignatures
{
    public static Dictionary<string, string> Read(string pluginsDirectory)
    {
        var signatures = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!Directory.Exists(pluginsDirectory))
        {
            return signatures;
        }

        foreach (var folder in Directory.EnumerateDirectories(pluginsDirectory))
        {
            if (PluginFolders.IsIgnored(Path.GetFileName(folder)))
            {
                continue;
            }

            try
            {
                signatures[folder] = Of(folder);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Being moved or written right now: left out of this poll, looked at again on the next one.
            }
        }

        return signatures;
    }

    private static string Of(string folder)
    {
        var text = new StringBuilder();
        foreach (var file in new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).OrderBy(f => f.FullName, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"{file.FullName}:{file.Length}:{file.LastWriteTimeUtc.Ticks}|");
        }

        return text.ToString();
    }
}
