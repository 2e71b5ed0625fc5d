namespace OpenChannels.Portal.Tests.Infrastructure;

/// <summary>Finds plugins the solution build dropped into the repository's plugins/ folder, and copies them where a test wants them.</summary>
public static class BuiltPlugins
{
    public static string Locate(string id)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "plugins", id);
            if (File.Exists(Path.Combine(dir.FullName, "OpenChannels.sln")) && File.Exists(Path.Combine(candidate, "plugin.json")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"plugins/{id} was not built; build the solution first.");
    }

    public static void CopyTo(string id, string pluginsDirectory, string? folderName = null)
    {
        var target = Path.Combine(pluginsDirectory, folderName ?? id);
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(Locate(id)))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)), overwrite: true);
        }
    }
}
