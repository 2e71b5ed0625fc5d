namespace OpenChannels.Portal.Plugins;

/// <summary>
/// Layout of the plugins folder. Folders whose name starts with a dot are never plugins: uploads are staged in
/// <c>.staging/</c> on the same disk, so that moving a verified package into <c>plugins/&lt;id&gt;/</c> is a rename.
/// </summary>
public static class PluginFolders
{
    public static bool IsIgnored(string folderName) => folderName.Length == 0 || folderName[0] == '.';

    public static string Staging(string pluginsDirectory) => Path.Combine(pluginsDirectory, ".staging");
}
