namespace OpenChannels.Portal.Tests.Infrastructure;

/// <summary>
/// Finds what the solution build produced: first-party plugins in the repository's plugins/ folder, test-only plugins in
/// artifacts/test-plugins/, and copies a plugin where a test wants it.
/// </summary>
public static class BuiltPlugins
{
    public static string Loopback => Locate("loopback");

    public static string Locate(string id) => Find(Path.Combine("plugins", id));

    public static string TestOnly(string id) => Find(Path.Combine("artifacts", "test-plugins", id));

    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "OpenChannels.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new DirectoryNotFoundException("OpenChannels.sln not found above " + AppContext.BaseDirectory);
        }
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

    private static string Find(string relative)
    {
        var folder = Path.Combine(RepositoryRoot, relative);
        return File.Exists(Path.Combine(folder, "plugin.json"))
            ? folder
            : throw new DirectoryNotFoundException($"{relative} was not built; build the solution first.");
    }
}
