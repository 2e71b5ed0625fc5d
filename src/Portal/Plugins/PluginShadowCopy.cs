namespace OpenChannels.Portal.Plugins;

/// <summary>
/// Plugins load from a private copy of their folder, so overwriting <c>plugins/&lt;id&gt;/</c> never touches files a loaded
/// version is using (Windows locks them; partial overwrites would mix versions).
/// </summary>
internal static class PluginShadowCopy
{
    public static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    public static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Still mapped on some platforms: the next start clears the whole cache.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
