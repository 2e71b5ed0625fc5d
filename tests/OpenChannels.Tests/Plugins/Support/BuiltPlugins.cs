namespace OpenChannels.Portal.Tests.Plugins.Support;

/// <summary>Finds plugins the solution build produced: first-party ones in plugins/, test-only ones in artifacts/test-plugins/.</summary>
public static class BuiltPlugins
{
    public static string Loopback => Find(Path.Combine("plugins", "loopback"));

    /// <summary>A plugin from tests/TestPlugins (throwing, hanging, missing-dependency).</summary>
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

    private static string Find(string relative)
    {
        var folder = Path.Combine(RepositoryRoot, relative);
        return File.Exists(Path.Combine(folder, "plugin.json"))
            ? folder
            : throw new DirectoryNotFoundException($"{relative} was not built; build the solution first.");
    }
}
